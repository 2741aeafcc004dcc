using System.Numerics;
using Carafe.Routing;

namespace Carafe.Tests.Routing;

public class ConverterTests
{
    private static RouteMap Map(string pattern, ConverterRegistry? registry = null) =>
        new([new Rule(pattern, "x")], registry ?? ConverterRegistry.CreateDefault());

    private static object? Value(string pattern, string path)
    {
        var match = Map(pattern).Match(path, "GET");
        Assert.Equal(RouteMatchKind.Found, match.Kind);
        return match.Values["v"];
    }

    private static RouteConverter Create(string name, params object?[] positional)
    {
        Assert.True(ConverterRegistry.CreateDefault().TryGet(name, out var factory));
        return factory(new ConverterArguments(positional, new Dictionary<string, object?>()));
    }

    private static RouteMatchKind Kind(string pattern, string path) => Map(pattern).Match(path, "GET").Kind;

    [Fact]
    public void Int_accepts_leading_zeros_and_gives_a_long()
    {
        Assert.Equal(7L, Value("/<int:v>", "/007"));
    }

    [Fact]
    public void Int_beyond_long_is_a_big_integer()
    {
        Assert.Equal(BigInteger.Parse("123456789012345678901234567890"), Value("/<int:v>", "/123456789012345678901234567890"));
    }

    [Theory]
    [InlineData("/-1")]
    [InlineData("/1.5")]
    [InlineData("/+1")]
    [InlineData("/ 1")]
    public void Int_rejects_signs_and_fractions(string path)
    {
        Assert.Equal(RouteMatchKind.NotFound, Kind("/<int:v>", path));
    }

    [Fact]
    public void Signed_int_accepts_a_minus()
    {
        Assert.Equal(-5L, Value("/<int(signed=True):v>", "/-5"));
    }

    [Theory]
    [InlineData("/0", "NotFound")]
    [InlineData("/1", "Found")]
    [InlineData("/100", "Found")]
    [InlineData("/101", "NotFound")]
    public void Int_min_and_max_bound_the_value(string path, string kind)
    {
        Assert.Equal(kind, Kind("/<int(min=1,max=100):v>", path).ToString());
    }

    [Fact]
    public void Int_fixed_digits_requires_that_many()
    {
        Assert.Equal(42L, Value("/<int(fixed_digits=4):v>", "/0042"));
        Assert.Equal(RouteMatchKind.NotFound, Kind("/<int(fixed_digits=4):v>", "/42"));
    }

    [Fact]
    public void Int_accepts_unicode_digits_as_python_does()
    {
        Assert.Equal(35L, Value("/<int:v>", "/٣٥"));
    }

    [Fact]
    public void Float_needs_a_dot()
    {
        Assert.Equal(2.5, Value("/<float:v>", "/2.5"));
        Assert.Equal(RouteMatchKind.NotFound, Kind("/<float:v>", "/3"));
        Assert.Equal(RouteMatchKind.NotFound, Kind("/<float:v>", "/.5"));
        Assert.Equal(RouteMatchKind.NotFound, Kind("/<float:v>", "/-1.5"));
        Assert.Equal(-1.5, Value("/<float(signed=True):v>", "/-1.5"));
    }

    [Fact]
    public void Float_min_and_max_bound_the_value()
    {
        Assert.Equal(RouteMatchKind.NotFound, Kind("/<float(min=0.5, max=1.5):v>", "/0.4"));
        Assert.Equal(1.5, Value("/<float(min=0.5, max=1.5):v>", "/1.5"));
    }

    [Fact]
    public void Uuid_accepts_either_case_and_gives_a_guid()
    {
        var value = Value("/<uuid:v>", "/ABCDEF12-ABCD-ABCD-ABCD-ABCDEF123456");

        Assert.Equal(Guid.Parse("abcdef12-abcd-abcd-abcd-abcdef123456"), value);
        Assert.Equal("abcdef12-abcd-abcd-abcd-abcdef123456", UrlEncoding.ToPythonString(value));
        Assert.Equal(RouteMatchKind.NotFound, Kind("/<uuid:v>", "/12345678123456781234567812345678"));
    }

    [Fact]
    public void Any_is_case_sensitive_and_takes_quoted_items()
    {
        const string pattern = "/<any(apple, banana, 'cherry pie'):v>";

        Assert.Equal("apple", Value(pattern, "/apple"));
        Assert.Equal("cherry pie", Value(pattern, "/cherry pie"));
        Assert.Equal(RouteMatchKind.NotFound, Kind(pattern, "/APPLE"));
        Assert.Equal(RouteMatchKind.NotFound, Kind(pattern, "/kiwi"));
    }

    [Fact]
    public void String_length_limits()
    {
        Assert.Equal("abc", Value("/<string(length=3):v>", "/abc"));
        Assert.Equal(RouteMatchKind.NotFound, Kind("/<string(length=3):v>", "/ab"));
        Assert.Equal(RouteMatchKind.NotFound, Kind("/<string(length=3):v>", "/abcd"));
        Assert.Equal("ab", Value("/<string(minlength=2, maxlength=4):v>", "/ab"));
        Assert.Equal(RouteMatchKind.NotFound, Kind("/<string(2, 4):v>", "/abcde"));
    }

    [Fact]
    public void Path_matches_slashes()
    {
        Assert.Equal("a/b/c.txt", Value("/files/<path:v>", "/files/a/b/c.txt"));
    }

    [Theory]
    [InlineData(42L, "0042")]
    [InlineData(-5, "-005")]
    [InlineData("12", "0012")]
    [InlineData("1_000", "1000")]
    [InlineData(" \u0664\u0662 ", "0042")]
    [InlineData(2.7, "0002")]
    [InlineData(123456L, "123456")]
    public void Int_to_url_pads_fixed_digits(object value, string expected)
    {
        Assert.Equal(expected, Create("int", 4L).ToUrl(value));
    }

    [Fact]
    public void Int_to_url_rejects_text_that_is_no_number()
    {
        var error = Assert.Throws<ArgumentException>(() => Create("int").ToUrl("abc"));

        Assert.Equal("invalid literal for int() with base 10: 'abc'", error.Message);
    }

    [Theory]
    [InlineData(3, "3.0")]
    [InlineData(2.5, "2.5")]
    [InlineData("2", "2.0")]
    public void Float_to_url_writes_a_python_float(object value, string expected)
    {
        Assert.Equal(expected, Create("float").ToUrl(value));
    }

    [Fact]
    public void Any_to_url_rejects_other_values()
    {
        var converter = Create("any", "apple", "banana", "cherry pie");

        Assert.Equal("cherry pie", converter.ToUrl("cherry pie"));
        var error = Assert.Throws<ArgumentException>(() => converter.ToUrl("kiwi"));
        Assert.Equal("'kiwi' is not one of 'apple', 'banana', 'cherry pie'", error.Message);
    }

    private sealed class UpperConverter : RouteConverter
    {
        public override string Regex => "[A-Z]+";

        public override bool TryToValue(string text, out object? value)
        {
            value = text.ToLowerInvariant();
            return true;
        }

        public override string ToUrl(object? value) => UrlEncoding.Quote(UrlEncoding.ToPythonString(value).ToUpperInvariant());
    }

    private sealed class ListConverter : RouteConverter
    {
        public override string Regex => "[^/]+(?:/[^/]+)*?";

        public override bool PartIsolating => false;

        public override bool TryToValue(string text, out object? value)
        {
            value = text.Split('/');
            return true;
        }

        public override string ToUrl(object? value) => string.Join('/', ((IEnumerable<string>)value!).Select(v => UrlEncoding.Quote(v)));
    }

    [Fact]
    public void Custom_converters_are_registered_by_name()
    {
        var registry = ConverterRegistry.CreateDefault();
        registry.Add("upper", _ => new UpperConverter());
        var map = new RouteMap([new Rule("/shout/<upper:word>", "shout")], registry);

        Assert.Equal("hello", map.Match("/shout/HELLO", "GET").Values["word"]);
        Assert.Equal(RouteMatchKind.NotFound, map.Match("/shout/hello", "GET").Kind);
        Assert.Equal("/shout/HI", map.Build("shout", new Dictionary<string, object?> { ["word"] = "hi" }));
    }

    [Fact]
    public void Custom_converter_may_span_segments()
    {
        var registry = ConverterRegistry.CreateDefault();
        registry.Add("list", _ => new ListConverter());
        var map = new RouteMap([new Rule("/tags/<list:tags>/feed", "feed")], registry);

        var match = map.Match("/tags/a/b/c/feed", "GET");

        Assert.Equal(["a", "b", "c"], (string[])match.Values["tags"]!);
        Assert.Equal("/tags/x/y%20z/feed", map.Build("feed", new Dictionary<string, object?> { ["tags"] = new[] { "x", "y z" } }));
    }

    [Fact]
    public void Converter_factories_receive_the_rule_arguments()
    {
        var registry = ConverterRegistry.CreateDefault();
        ConverterArguments? received = null;
        registry.Add("spy", arguments =>
        {
            received = arguments;
            return new UpperConverter();
        });

        _ = new RouteMap([new Rule("/<spy(1, 'two', three=3.0):v>", "x")], registry);

        Assert.Equal([1L, "two"], received!.Positional);
        Assert.Equal(3.0, received.Named["three"]);
    }

    [Fact]
    public void Registering_replaces_a_converter_of_the_same_name()
    {
        var registry = ConverterRegistry.CreateDefault();
        registry.Add("default", _ => new UpperConverter());
        var map = new RouteMap([new Rule("/<v>", "x")], registry);

        Assert.Equal(RouteMatchKind.NotFound, map.Match("/abc", "GET").Kind);
        Assert.Equal("abc", map.Match("/ABC", "GET").Values["v"]);
    }

    private sealed class BrokenConverter : RouteConverter
    {
        public override string Regex => "[a-";

        public override bool TryToValue(string text, out object? value)
        {
            value = text;
            return true;
        }
    }

    [Fact]
    public void Invalid_converter_regex_is_reported_with_the_rule()
    {
        var registry = ConverterRegistry.CreateDefault();
        registry.Add("broken", _ => new BrokenConverter());

        var error = Assert.Throws<ArgumentException>(() => new RouteMap([new Rule("/x/<broken:v>", "x")], registry));

        Assert.StartsWith("The URL rule '/x/<broken:v>' has a converter with an invalid regular expression: ", error.Message);
    }

    [Fact]
    public void Converter_names_must_be_identifiers()
    {
        var error = Assert.Throws<ArgumentException>(() => ConverterRegistry.CreateDefault().Add("my-conv", _ => new UpperConverter()));

        Assert.StartsWith("'my-conv' is not a valid converter name", error.Message);
    }
}
