using Carafe.Forms.Tests.Support;
using Carafe.Forms.Validators;
using static Carafe.Forms.Tests.Support.FormBinding;

namespace Carafe.Forms.Tests;

/// <summary>Type conversion and every validator give the errors real WTForms and Flask-WTF give for the same input.</summary>
public class ValidationFixtureTests
{
    public sealed class Int { public int? N { get; set; } }
    public sealed class Dec { public decimal? N { get; set; } }
    public sealed class Flt { public double? N { get; set; } }
    public sealed class Date { public DateOnly? D { get; set; } }
    public sealed class Time { public DateTime? D { get; set; } }
    public sealed class Pick { [Choice("py", "Python"), Choice("cpp", "C++"), Choice("rb", "Ruby <3")] public string? S { get; set; } }
    public sealed class PickInt { [Choice("1", "One")] public int? S { get; set; } }
    public sealed class PickMany { [Choice("py", "Python"), Choice("cpp", "C++"), Choice("rb", "Ruby <3")] public List<string> S { get; set; } = []; }
    public sealed class PickManyInt { [Choice("1", "One")] public List<int> S { get; set; } = []; }
    public sealed class Required { [DataRequired] public string? S { get; set; } }
    public sealed class RequiredMessage { [DataRequired(Message = "Tell us.")] public string? S { get; set; } }
    public sealed class RequiredInt { [DataRequired] public int? N { get; set; } }
    public sealed class InputInt { [InputRequired] public int? N { get; set; } }
    public sealed class OptionalInt { [NumberRange(Min = 1), Optional] public int? N { get; set; } }
    public sealed class Min3 { [Length(Min = 3)] public string? S { get; set; } }
    public sealed class Min1 { [Length(Min = 1)] public string? S { get; set; } }
    public sealed class Max2 { [Length(Max = 2)] public string? S { get; set; } }
    public sealed class Exact4 { [Length(Min = 4, Max = 4)] public string? S { get; set; } }
    public sealed class Between { [Length(Min = 2, Max = 5)] public string? S { get; set; } }
    public sealed class AtLeast5 { [NumberRange(Min = 5)] public int? N { get; set; } }
    public sealed class AtMost5 { [NumberRange(Max = 5)] public int? N { get; set; } }
    public sealed class OneToFive { [NumberRange(Min = 1, Max = 5)] public int? N { get; set; } }
    public sealed class Confirm { [Password] public string? Password { get; set; } [Password, EqualTo("password")] public string? Confirm2 { get; set; } }
    public sealed class ConfirmMessage { [Password, Label("Password")] public string? Password { get; set; } [Password, EqualTo("password", Message = "Must match %(other_label)s.")] public string? Confirm2 { get; set; } }
    public sealed class ConfirmUnknown { [Password, EqualTo("nope")] public string? Confirm2 { get; set; } }
    public sealed class Mail { [Email] public string? E { get; set; } }
    public sealed class Link { [Url] public string? U { get; set; } }
    public sealed class LocalLink { [Url(RequireTld = false)] public string? U { get; set; } }
    public sealed class Letters { [Regexp("[a-z]+$")] public string? S { get; set; } }
    public sealed class LettersFirst { [Regexp("[a-z]+")] public string? S { get; set; } }
    public sealed class AB { [AnyOf("a", "b")] public string? S { get; set; } }
    public sealed class Not12 { [NoneOf(1, 2)] public int? N { get; set; } }
    public sealed class Upload1 { [FileRequired] public FileStorage? F { get; set; } }
    public sealed class Image { [FileAllowed("jpg", "png")] public FileStorage? F { get; set; } }
    public sealed class Tiny { [FileSize(2)] public FileStorage? F { get; set; } }

    public static TheoryData<string> Cases => [.. Fixtures.Names("errors")];

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Gives_the_errors_wtforms_gives(string name)
    {
        var (form, field) = Case(name);
        await form.ValidateAsync();
        Assert.Equal(Fixtures.Errors(name), form[field].Errors);
    }

    private static (dynamic Form, string Field) Case(string name) => name switch
    {
        "integer_not_a_number" => (Bind<Int>(new() { ["n"] = "abc" }), "n"),
        "integer_with_spaces" => (Bind<Int>(new() { ["n"] = " 12 " }), "n"),
        "decimal_not_a_number" => (Bind<Dec>(new() { ["n"] = "1,5" }), "n"),
        "float_not_a_number" => (Bind<Flt>(new() { ["n"] = "x1" }), "n"),
        "date_invalid" => (Bind<Date>(new() { ["d"] = "2024-13-01" }), "d"),
        "datetime_invalid" => (Bind<Time>(new() { ["d"] = "2024-05-01" }), "d"),
        "select_not_a_choice" => (Bind<Pick>(new() { ["s"] = "go" }), "s"),
        "select_cannot_coerce" => (Bind<PickInt>(new() { ["s"] = "one" }), "s"),
        "select_multiple_invalid" => (Bind<PickMany>(new() { ["s"] = new[] { "py", "go" } }), "s"),
        "select_multiple_cannot_coerce" => (Bind<PickManyInt>(new() { ["s"] = new[] { "1", "x" } }), "s"),
        "data_required_empty" => (Bind<Required>(new() { ["s"] = "   " }), "s"),
        "data_required_message" => (Bind<RequiredMessage>(new() { ["s"] = "" }), "s"),
        "data_required_clears_conversion" => (Bind<RequiredInt>(new() { ["n"] = "" }), "n"),
        "input_required_missing" => (Bind<InputInt>(new()), "n"),
        "input_required_zero" => (Bind<InputInt>(new() { ["n"] = "0" }), "n"),
        "optional_empty" => (Bind<OptionalInt>(new() { ["n"] = "" }), "n"),
        "length_min" => (Bind<Min3>(new() { ["s"] = "ab" }), "s"),
        "length_min_one" => (Bind<Min1>(new() { ["s"] = "" }), "s"),
        "length_max" => (Bind<Max2>(new() { ["s"] = "abc" }), "s"),
        "length_exact" => (Bind<Exact4>(new() { ["s"] = "abc" }), "s"),
        "length_between" => (Bind<Between>(new() { ["s"] = "a" }), "s"),
        "length_counts_characters" => (Bind<Max2>(new() { ["s"] = "\U0001F600\U0001F600" }), "s"),
        "number_range_min" => (Bind<AtLeast5>(new() { ["n"] = "4" }), "n"),
        "number_range_max" => (Bind<AtMost5>(new() { ["n"] = "6" }), "n"),
        "number_range_between" => (Bind<OneToFive>(new() { ["n"] = "9" }), "n"),
        "number_range_missing" => (Bind<OneToFive>(new()), "n"),
        "equal_to" => (Bind<Confirm>(new() { ["password"] = "a", ["confirm2"] = "b" }), "confirm2"),
        "equal_to_message" => (Bind<ConfirmMessage>(new() { ["password"] = "a", ["confirm2"] = "b" }), "confirm2"),
        "equal_to_unknown" => (Bind<ConfirmUnknown>(new() { ["confirm2"] = "b" }), "confirm2"),
        "email_invalid" => (Bind<Mail>(new() { ["e"] = "ada@" }), "e"),
        "email_valid" => (Bind<Mail>(new() { ["e"] = "ada@example.com" }), "e"),
        "url_invalid" => (Bind<Link>(new() { ["u"] = "http://localhost/x" }), "u"),
        "url_valid" => (Bind<Link>(new() { ["u"] = "https://example.com:8080/a?b=c" }), "u"),
        "url_no_tld" => (Bind<LocalLink>(new() { ["u"] = "http://localhost/x" }), "u"),
        "regexp_invalid" => (Bind<Letters>(new() { ["s"] = "abc1" }), "s"),
        "regexp_prefix_match" => (Bind<LettersFirst>(new() { ["s"] = "abc1" }), "s"),
        "any_of" => (Bind<AB>(new() { ["s"] = "c" }), "s"),
        "none_of" => (Bind<Not12>(new() { ["n"] = "2" }), "n"),
        "file_required" => (Bind<Upload1>(new() { ["f"] = Upload("f", "", 0) }), "f"),
        "file_allowed" => (Bind<Image>(new() { ["f"] = Upload("f", "cat.GIF", 3) }), "f"),
        "file_allowed_ok" => (Bind<Image>(new() { ["f"] = Upload("f", "cat.PNG", 3) }), "f"),
        "file_size" => (Bind<Tiny>(new() { ["f"] = Upload("f", "big.txt", 3) }), "f"),
        _ => throw new ArgumentException($"No C# case for fixture {name}."),
    };
}
