namespace Carafe.Mail;

/// <summary>
/// A file attached to a <see cref="Message"/>, as Flask-Mail's <c>Attachment</c>. An inline
/// attachment (an image the html part shows with <c>cid:</c>) carries a <see cref="ContentId"/>.
/// </summary>
public sealed class Attachment
{
    /// <summary>Creates an attachment of <paramref name="data"/> typed as <paramref name="contentType"/>.</summary>
    public Attachment(string? filename, string contentType, byte[] data)
    {
        Filename = filename;
        ContentType = contentType;
        Data = data;
    }

    /// <summary>The file name the recipient sees, or null for none.</summary>
    public string? Filename { get; }

    /// <summary>The MIME type, such as <c>image/png</c>.</summary>
    public string ContentType { get; }

    /// <summary>The file's bytes.</summary>
    public byte[] Data { get; }

    /// <summary><c>attachment</c> (the default) or <c>inline</c>.</summary>
    public string Disposition { get; init; } = "attachment";

    /// <summary>
    /// The Content-ID that an html part refers to as <c>cid:...</c>, without angle brackets;
    /// setting one on an <c>inline</c> attachment places it next to the html part.
    /// </summary>
    public string? ContentId { get; init; }

    /// <summary>Extra headers of this part.</summary>
    public IDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
}
