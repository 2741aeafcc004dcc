namespace Flaskr.Data;

/// <summary>A blog post: Flask's <c>post</c> table.</summary>
public sealed class Post
{
    /// <summary>The key, in the post's URLs (<c>/1/update</c>).</summary>
    public int Id { get; set; }

    /// <summary>The author's key.</summary>
    public int AuthorId { get; set; }

    /// <summary>The author.</summary>
    public User Author { get; set; } = null!;

    /// <summary>When it was written, in UTC.</summary>
    public DateTime Created { get; set; }

    /// <summary>The title; never empty.</summary>
    public required string Title { get; set; }

    /// <summary>The text; may be empty.</summary>
    public required string Body { get; set; }
}
