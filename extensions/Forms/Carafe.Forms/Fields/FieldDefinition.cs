using System.Reflection;
using Carafe.Forms.Validators;

namespace Carafe.Forms.Fields;

/// <summary>What a property of a form class declares: the field's kind, name, label, validators, choices and render keywords.</summary>
internal sealed record FieldDefinition
{
    public required string Name { get; init; }
    public required FieldKind Kind { get; init; }
    public required Type ValueType { get; init; }
    public PropertyInfo? Property { get; init; }
    public required string LabelText { get; init; }
    public string Description { get; init; } = "";
    public object? Default { get; init; }
    public IReadOnlyDictionary<string, object?> RenderKw { get; init; } = new Dictionary<string, object?>();
    public IReadOnlyList<FieldValidatorAttribute> Validators { get; init; } = [];
    public IReadOnlyList<SelectChoice>? Choices { get; init; }
    public int DecimalPlaces { get; init; } = 2;
    public int MinEntries { get; init; }
    public int? MaxEntries { get; init; }

    /// <summary>The definition of each entry of a <c>FieldList</c>.</summary>
    public FieldDefinition? Element { get; init; }

    /// <summary>The nested form of a <c>FormField</c>.</summary>
    public FormSchema? Nested { get; init; }
}
