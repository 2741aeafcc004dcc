using Carafe.Forms;
using Carafe.Forms.Validators;

namespace Tutorial;

/// <summary>The Mail chapter's contact form: who writes, where to answer, and what they say.</summary>
public sealed class ContactForm
{
    /// <summary>The sender's name.</summary>
    [DataRequired, Length(Max = 100)]
    public string? Name { get; set; }

    /// <summary>Where to answer.</summary>
    [DataRequired, Email]
    public string? Email { get; set; }

    /// <summary>The message.</summary>
    [TextArea, DataRequired, Length(Max = 2000), Label("Message")]
    public string? Text { get; set; }
}
