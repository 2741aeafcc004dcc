using Carafe.Forms.Tests.Support;
using Carafe.Forms.Validators;
using static Carafe.Forms.Tests.Support.FormBinding;

namespace Carafe.Forms.Tests;

/// <summary>Each field kind renders the HTML real WTForms renders for the same field, data and keyword arguments.</summary>
public class RenderingFixtureTests
{
    public sealed class Name { public string? name { get; set; } }
    public sealed class NameFlags { [DataRequired, Length(Min = 2, Max = 10)] public string? Name { get; set; } }
    public sealed class NameRenderKw { [RenderKw("placeholder", "Your name"), RenderKw("autofocus", true)] public string? Name { get; set; } }
    public sealed class FirstName { public string? First_Name { get; set; } }
    public sealed class Text { [TextArea, InputRequired, Length(Max = 200)] public string? Value { get; set; } }
    public sealed class Secret { [Password, DataRequired] public string? Value { get; set; } }
    public sealed class Token { [Hidden] public string? Value { get; set; } }
    public sealed class Accept { public bool Value { get; set; } }
    public sealed class AcceptRequired { [DataRequired] public bool Value { get; set; } }
    public sealed class Age { [NumberRange(Min = 18, Max = 130)] public int? Value { get; set; } }
    public sealed class PlainAge { public int? Value { get; set; } }
    public sealed class Price { public decimal? Value { get; set; } }
    public sealed class Price3 { [Places(3)] public decimal? Value { get; set; } }
    public sealed class Ratio { public double? Value { get; set; } }
    public sealed class Born { public DateOnly? Value { get; set; } }
    public sealed class At { public DateTime? Value { get; set; } }
    public sealed class Language { [Choice("py", "Python"), Choice("cpp", "C++"), Choice("rb", "Ruby <3"), InputRequired] public string? Value { get; set; } }
    public sealed class LanguageFree { [Choice("py", "Python"), Choice("cpp", "C++"), Choice("rb", "Ruby <3")] public string? Value { get; set; } }
    public sealed class Level { [Choice("1", "One"), Choice("2", "Two")] public int? Value { get; set; } }
    public sealed class Grouped { [Choice("cpp", "C++", Group = "Compiled"), Choice("py", "Python", Group = "Scripting"), Choice("rb", "Ruby", Group = "Scripting")] public string? Value { get; set; } }
    public sealed class Languages { [Choice("py", "Python"), Choice("cpp", "C++"), Choice("rb", "Ruby <3")] public List<string> Value { get; set; } = []; }
    public sealed class Radio { [Radio, Choice("py", "Python"), Choice("cpp", "C++"), Choice("rb", "Ruby <3")] public string? Value { get; set; } }
    public sealed class RadioRequired { [Radio, Choice("py", "Python"), Choice("cpp", "C++"), Choice("rb", "Ruby <3"), DataRequired] public string? Value { get; set; } }
    public sealed class Photo { [FileRequired] public FileStorage? Value { get; set; } }
    public sealed class Photos { public List<FileStorage>? Value { get; set; } }
    public sealed class Send { [Submit, Label("Send it")] public bool Value { get; set; } }
    public sealed class Tags { [FieldList(MinEntries = 2), Label("Tag")] public List<string> Value { get; set; } = []; }
    public sealed class FreeTags { [Label("Tag")] public List<string> Value { get; set; } = []; }
    public sealed class Address { public string? Street { get; set; } [Hidden] public string? ZipCode { get; set; } }
    public sealed class WithAddress { public Address Value { get; set; } = new(); }

    public static TheoryData<string> Cases => [.. Fixtures.Names("render")];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Renders_as_wtforms(string name)
    {
        var (form, field, attributes) = Case(name);
        Assert.Equal(Fixtures.Render(name), Rename(form[field].Render(attributes).Html, name));
    }

    [Fact]
    public void Labels_render_as_wtforms()
    {
        Assert.Equal(Fixtures.Label("label_default"), Bind<FirstName>()["first_name"].Label.ToHtml());
        Assert.Equal(Fixtures.Label("label_text"), Bind<Labelled>()["email"].Label.ToHtml());
        Assert.Equal(Fixtures.Label("label_call"), Bind<Labelled>()["email"].Label.Render("Your e-mail", new { class_ = "big", for_ = "other" }).Html);
    }

    public sealed class Labelled { [Label("E-mail <address>")] public string? Email { get; set; } }

    // The C# classes name their one property Value (a C# keyword can't be a property); the fixtures name the field as WTForms' cases do.
    private static string Rename(string html, string name) => FieldNames.TryGetValue(name, out var field) ? html.Replace("\"value-", $"\"{field}-").Replace("\"value\"", $"\"{field}\"").Replace("id=\"value", $"id=\"{field}").Replace("for=\"value", $"for=\"{field}") : html;

    private static readonly Dictionary<string, string> FieldNames = new()
    {
        ["textarea"] = "text", ["password"] = "secret", ["hidden"] = "token", ["boolean_checked"] = "accept", ["boolean_unchecked"] = "accept",
        ["boolean_submitted"] = "accept", ["integer"] = "age", ["integer_invalid"] = "age", ["decimal"] = "price", ["decimal_places"] = "price",
        ["float"] = "ratio", ["date"] = "born", ["date_submitted"] = "born", ["datetime"] = "at", ["select"] = "language",
        ["select_submitted"] = "language", ["select_int"] = "level", ["select_groups"] = "language", ["select_multiple"] = "languages",
        ["radio"] = "language", ["radio_required"] = "language", ["file"] = "photo", ["files"] = "photos", ["submit"] = "send",
        ["field_list"] = "tags", ["field_list_submitted"] = "tags", ["form_field"] = "address",
    };

    private static (Form Form, string Field, object? Attributes) Case(string name) => name switch
    {
        "string_empty" => (Bind<Name>(), "name", null),
        "string_kwargs" => (Bind(obj: new Name { name = "A <b>&\"" }), "name", new { size = 20, class_ = "wide", data_role = "x", disabled = true, @readonly = false }),
        "string_flags" => (Bind<NameFlags>(), "name", null),
        "string_render_kw" => (Bind<NameRenderKw>(), "name", new { placeholder = "Other" }),
        "string_submitted" => (Bind<FirstName>(new() { ["first_name"] = "Ada" }), "first_name", null),
        "textarea" => (Bind(obj: new Text { Value = "x < y & \"z\"" }), "value", new { rows = 3 }),
        "password" => (Bind<Secret>(new() { ["value"] = "hunter2" }), "value", null),
        "hidden" => (Bind(obj: new Token { Value = "a&b" }), "value", null),
        "boolean_checked" => (Bind(obj: new Accept { Value = true }), "value", null),
        "boolean_unchecked" => (Bind<AcceptRequired>(), "value", null),
        "boolean_submitted" => (Bind<Accept>(new() { ["value"] = "yes" }), "value", null),
        "integer" => (Bind(obj: new Age { Value = 42 }), "value", null),
        "integer_invalid" => (Bind<PlainAge>(new() { ["value"] = "forty" }), "value", null),
        "decimal" => (Bind(obj: new Price { Value = 3.14159m }), "value", null),
        "decimal_places" => (Bind(obj: new Price3 { Value = 2.5m }), "value", null),
        "float" => (Bind(obj: new Ratio { Value = 2.5 }), "value", null),
        "date" => (Bind(obj: new Born { Value = new DateOnly(1815, 12, 10) }), "value", null),
        "date_submitted" => (Bind<Born>(new() { ["value"] = "1815-12-10" }), "value", null),
        "datetime" => (Bind(obj: new At { Value = new DateTime(2024, 5, 1, 9, 30, 0) }), "value", null),
        "select" => (Bind(obj: new Language { Value = "cpp" }), "value", null),
        "select_submitted" => (Bind<LanguageFree>(new() { ["value"] = "rb" }), "value", new { class_ = "pick" }),
        "select_int" => (Bind<Level>(new() { ["value"] = "2" }), "value", null),
        "select_groups" => (Bind(obj: new Grouped { Value = "py" }), "value", null),
        "select_multiple" => (Bind<Languages>(new() { ["value"] = new[] { "py", "rb" } }), "value", new { size = 3 }),
        "radio" => (Bind(obj: new Radio { Value = "py" }), "value", null),
        "radio_required" => (Bind<RadioRequired>(), "value", new { class_ = "choices" }),
        "file" => (Bind<Photo>(), "value", null),
        "files" => (Bind<Photos>(), "value", null),
        "submit" => (Bind<Send>(), "value", null),
        "field_list" => (Bind(obj: new Tags { Value = ["a"] }), "value", null),
        "field_list_submitted" => (Bind<FreeTags>(new() { ["value-0"] = "x", ["value-2"] = "z" }), "value", null),
        "form_field" => (Bind(obj: new WithAddress { Value = new Address { Street = "1 Main St", ZipCode = "12345" } }), "value", null),
        _ => throw new ArgumentException($"No C# case for fixture {name}."),
    };
}
