namespace Carafe.Forms.Validators;

/// <summary>
/// A WTForms validator declared on a property: it raises <see cref="FieldValidationException"/> to add an
/// error, or <see cref="StopValidationException"/> to end the field's chain. Required and optional checks
/// run first, the others in the order declared. Derive from it for validators of your own.
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = true)]
public abstract class FieldValidatorAttribute : Attribute
{
    /// <summary>The message instead of WTForms' own; <c>%(min)d</c>-style placeholders are filled as WTForms fills them.</summary>
    public string? Message { get; set; }

    /// <summary>The flags it sets on its field, which widgets render as HTML attributes (<c>required</c>, <c>maxlength</c>).</summary>
    public virtual IEnumerable<KeyValuePair<string, object>> FieldFlags => [];

    /// <summary>Whether it decides if the field is checked at all, and so runs before the others.</summary>
    internal virtual bool RunsFirst => false;

    /// <summary>Checks <paramref name="field"/> of <paramref name="form"/>.</summary>
    public abstract void Validate(Form form, Field field);

    /// <summary>The message to show: <see cref="Message"/> or the default, with its placeholders filled.</summary>
    private protected string MessageOr(string defaultMessage, IReadOnlyDictionary<string, object?>? values = null) =>
        PercentFormat.Apply(Message ?? defaultMessage, values);
}
