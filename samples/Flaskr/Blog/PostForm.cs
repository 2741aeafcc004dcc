using Carafe.Forms;
using Carafe.Forms.Validators;

namespace Flaskr.Blog;

/// <summary>A post's title and body, to write or edit it.</summary>
public sealed class PostForm
{
    /// <summary>The title; required, as in Flask's tutorial.</summary>
    [DataRequired(Message = "Title is required.")]
    public string? Title { get; set; }

    /// <summary>The text; may be empty.</summary>
    [TextArea]
    public string? Body { get; set; }
}
