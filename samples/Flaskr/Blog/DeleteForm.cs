namespace Flaskr.Blog;

/// <summary>The Delete button's form: no fields, only the CSRF token, so another site cannot delete a post.</summary>
public sealed class DeleteForm
{
}
