using Carafe.Templating;

namespace Carafe.Forms.Widgets;

/// <summary>WTForms' <c>Input</c> and its kinds: <c>&lt;input id name type value&gt;</c> with the field's flags.</summary>
internal class Input(string inputType, params string[] validationAttributes) : Widget
{
    public static readonly string[] TextAttributes = ["required", "maxlength", "minlength", "pattern"];
    public static readonly string[] RangeAttributes = ["required", "max", "min", "step"];

    public string InputType { get; } = inputType;

    protected override string[] ValidationAttributes => validationAttributes.Length > 0 ? validationAttributes : base.ValidationAttributes;

    public override string Render(Field field, Dictionary<string, object?> attributes)
    {
        attributes.TryAdd("id", field.Id);
        attributes.TryAdd("type", TypeFor(field));
        if (!attributes.ContainsKey("value"))
        {
            attributes["value"] = field.Value();
        }
        AddFlags(field, attributes);
        attributes["name"] = field.Name;
        return $"<input {HtmlParams.Render(attributes)}>";
    }

    /// <summary>The input's type; a text input with an <c>Email</c> validator asks the browser for an address.</summary>
    protected virtual string TypeFor(Field field) => InputType;
}

/// <summary>A single-line text input; with an <c>Email</c> validator it is <c>type="email"</c>, so the browser checks it too.</summary>
internal sealed class TextInput() : Input("text", TextAttributes)
{
    protected override string TypeFor(Field field) => field.Flags.Has(Validators.EmailAttribute.Flag) ? "email" : InputType;
}

/// <summary>A password input, which never sends the value back to the browser.</summary>
internal sealed class PasswordInput() : Input("password", TextAttributes)
{
    public override string Render(Field field, Dictionary<string, object?> attributes)
    {
        attributes["value"] = "";
        return base.Render(field, attributes);
    }
}

/// <summary>A hidden input; it flags its field <c>hidden</c>, which <c>hidden_tag()</c> looks for.</summary>
internal sealed class HiddenInput() : Input("hidden")
{
    public override IEnumerable<KeyValuePair<string, object>> FieldFlags => [new("hidden", true)];
}

/// <summary>A checkbox, checked when the field's data is true.</summary>
internal sealed class CheckboxInput() : Input("checkbox")
{
    public override string Render(Field field, Dictionary<string, object?> attributes)
    {
        if (field is Fields.OptionField option ? option.Checked : PythonTruth.IsTrue(field.Data))
        {
            attributes["checked"] = true;
        }
        return base.Render(field, attributes);
    }
}

/// <summary>One radio button of a radio field, checked when its value is the field's data.</summary>
internal sealed class RadioInput() : Input("radio")
{
    public override string Render(Field field, Dictionary<string, object?> attributes)
    {
        if (field is Fields.OptionField { Checked: true })
        {
            attributes["checked"] = true;
        }
        return base.Render(field, attributes);
    }
}

/// <summary>A file input, which never carries a value; <c>multiple</c> for several files.</summary>
internal sealed class FileInput(bool multiple) : Input("file", "required", "accept")
{
    public override string Render(Field field, Dictionary<string, object?> attributes)
    {
        attributes["value"] = false;
        if (multiple)
        {
            attributes["multiple"] = true;
        }
        return base.Render(field, attributes);
    }
}

/// <summary>A submit button whose value is the field's label.</summary>
internal sealed class SubmitInput() : Input("submit")
{
    public override string Render(Field field, Dictionary<string, object?> attributes)
    {
        attributes.TryAdd("value", field.Label.Text);
        return base.Render(field, attributes);
    }
}

/// <summary>A number input, with the step it was made with unless given.</summary>
internal sealed class NumberInput(string? step = null) : Input("number", RangeAttributes)
{
    public override string Render(Field field, Dictionary<string, object?> attributes)
    {
        if (step is not null)
        {
            attributes.TryAdd("step", step);
        }
        return base.Render(field, attributes);
    }
}

/// <summary>The option of a select field rendered on its own, as WTForms' <c>Option</c> widget.</summary>
internal sealed class OptionWidget : Widget
{
    public override string Render(Field field, Dictionary<string, object?> attributes)
    {
        var option = (Fields.OptionField)field;
        return Select.RenderOption(option.Value(), option.Label.Text, option.Checked, attributes);
    }
}

/// <summary>A multi-line text area, its value escaped after a CRLF as WTForms writes it.</summary>
internal sealed class TextArea : Widget
{
    protected override string[] ValidationAttributes => ["required", "maxlength", "minlength"];

    public override string Render(Field field, Dictionary<string, object?> attributes)
    {
        attributes.TryAdd("id", field.Id);
        AddFlags(field, attributes);
        attributes["name"] = field.Name;
        return $"<textarea {HtmlParams.Render(attributes)}>\r\n{Markup.EscapeText(field.Value())}</textarea>";
    }
}
