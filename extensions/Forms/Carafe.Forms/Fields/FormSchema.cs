using System.Collections.Concurrent;
using System.Reflection;
using System.Text;
using Carafe.Forms.Validators;

namespace Carafe.Forms.Fields;

/// <summary>
/// The fields a form class declares, read once per class: every public read-write property becomes a
/// field named in snake_case (<c>FirstName</c> is <c>first_name</c>), its kind chosen by its type and
/// marker attributes, its default taken from a new instance.
/// </summary>
internal sealed class FormSchema
{
    private static readonly ConcurrentDictionary<Type, FormSchema> Cache = new();

    private FormSchema(Type type, IReadOnlyList<FieldDefinition> fields)
    {
        Type = type;
        Fields = fields;
    }

    public Type Type { get; }

    public IReadOnlyList<FieldDefinition> Fields { get; }

    public static FormSchema For(Type type) => Cache.GetOrAdd(type, Build);

    public object CreateInstance() => Activator.CreateInstance(Type)
        ?? throw new InvalidOperationException($"{Type.Name} could not be created.");

    /// <summary>The element type of a list property (<c>List&lt;T&gt;</c>, <c>IList&lt;T&gt;</c>, <c>IReadOnlyList&lt;T&gt;</c>...), or null.</summary>
    public static Type? ElementTypeOf(Type type)
    {
        if (type == typeof(string) || !type.IsGenericType)
        {
            return null;
        }
        var element = type.GetGenericArguments() is [var single] ? single : null;
        return element is not null && type.IsAssignableFrom(typeof(List<>).MakeGenericType(element)) ? element : null;
    }

    private static FormSchema Build(Type type)
    {
        if (type.GetConstructor(Type.EmptyTypes) is null)
        {
            throw new InvalidOperationException($"The form class {type.Name} needs a public parameterless constructor: its fields' defaults come from a new instance.");
        }
        var defaults = Activator.CreateInstance(type);
        var fields = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.CanWrite && p.GetIndexParameters().Length == 0 && p.SetMethod!.IsPublic)
            .Select(p => Define(p, p.PropertyType, SnakeCase(p.Name), p.GetValue(defaults)))
            .ToList();
        return new FormSchema(type, fields);
    }

    private static FieldDefinition Define(PropertyInfo property, Type type, string name, object? defaultValue)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        var choices = property.GetCustomAttributes<ChoiceAttribute>().Select(c => new SelectChoice(c.Value, c.Label, c.Group)).ToList();
        var element = ElementTypeOf(type);
        var elementType = element is null ? null : Nullable.GetUnderlyingType(element) ?? element;
        if (choices.Count == 0 && (underlying.IsEnum || elementType?.IsEnum == true))
        {
            choices = Enum.GetNames(elementType ?? underlying).Select(n => new SelectChoice(n, n)).ToList();
        }
        var chosen = choices.Count > 0 || Has<SelectAttribute>(property) || Has<RadioAttribute>(property);
        var kind = underlying switch
        {
            _ when Has<SubmitAttribute>(property) => FieldKind.Submit,
            _ when element == typeof(FileStorage) => FieldKind.MultipleFile,
            _ when element is not null => chosen ? FieldKind.SelectMultiple : FieldKind.FieldList,
            _ when chosen => Has<RadioAttribute>(property) ? FieldKind.Radio : FieldKind.Select,
            _ when underlying == typeof(bool) => FieldKind.Boolean,
            _ when underlying == typeof(string) => Has<TextAreaAttribute>(property) ? FieldKind.TextArea
                : Has<PasswordAttribute>(property) ? FieldKind.Password
                : Has<HiddenAttribute>(property) ? FieldKind.Hidden
                : FieldKind.String,
            _ when underlying == typeof(int) || underlying == typeof(long) => FieldKind.Integer,
            _ when underlying == typeof(decimal) => FieldKind.Decimal,
            _ when underlying == typeof(double) || underlying == typeof(float) => FieldKind.Float,
            _ when underlying == typeof(DateOnly) => FieldKind.Date,
            _ when underlying == typeof(DateTime) => Has<DateTimeLocalAttribute>(property) ? FieldKind.DateTimeLocal : FieldKind.DateTime,
            _ when underlying == typeof(FileStorage) => FieldKind.File,
            _ when underlying.IsClass && underlying.GetConstructor(Type.EmptyTypes) is not null => FieldKind.FormField,
            _ => throw new InvalidOperationException(
                $"The property {property.DeclaringType!.Name}.{property.Name} is a {type.Name}, which no form field holds. " +
                "Use text, a number, bool, DateOnly, DateTime, an enum, FileStorage, a list of these, or a class for a nested form."),
        };
        var validators = property.GetCustomAttributes<FieldValidatorAttribute>().OrderBy(v => v.RunsFirst ? 0 : 1).ToList();
        var listBounds = property.GetCustomAttribute<FieldListAttribute>();
        var definition = new FieldDefinition
        {
            Name = name,
            Kind = kind,
            ValueType = type,
            Property = property,
            LabelText = property.GetCustomAttribute<LabelAttribute>()?.Text ?? Title(name),
            Description = property.GetCustomAttribute<DescriptionAttribute>()?.Text ?? "",
            Default = defaultValue,
            RenderKw = property.GetCustomAttributes<RenderKwAttribute>().ToDictionary(r => r.Name, r => (object?)r.Value),
            Validators = kind == FieldKind.FieldList ? [] : validators,
            Choices = chosen && choices.Count > 0 ? choices : null,
            DecimalPlaces = property.GetCustomAttribute<PlacesAttribute>()?.Places ?? 2,
            MinEntries = listBounds?.MinEntries ?? 0,
            MaxEntries = listBounds is { MaxEntries: > 0 } ? listBounds.MaxEntries : null,
            Nested = kind == FieldKind.FormField ? For(underlying) : null,
        };
        if (kind == FieldKind.FieldList)
        {
            var entry = Define(property, element!, name, null) with { Validators = validators, Property = null, Default = null };
            definition = definition with { Element = entry };
        }
        return definition;
    }

    private static bool Has<TAttribute>(PropertyInfo property) where TAttribute : Attribute => property.IsDefined(typeof(TAttribute));

    /// <summary><c>FirstName</c> to <c>first_name</c>, <c>HTMLBody</c> to <c>html_body</c>.</summary>
    internal static string SnakeCase(string name)
    {
        var result = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c) && i > 0 && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1]) && char.IsUpper(name[i - 1]))))
            {
                result.Append('_');
            }
            result.Append(char.ToLowerInvariant(c));
        }
        return result.ToString();
    }

    /// <summary>WTForms' default label: <c>name.replace("_", " ").title()</c>.</summary>
    internal static string Title(string name)
    {
        var text = name.Replace('_', ' ').ToCharArray();
        for (var i = 0; i < text.Length; i++)
        {
            text[i] = i > 0 && char.IsLetter(text[i - 1]) ? char.ToLowerInvariant(text[i]) : char.ToUpperInvariant(text[i]);
        }
        return new string(text);
    }
}
