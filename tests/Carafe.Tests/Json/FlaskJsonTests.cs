using System.Numerics;
using System.Text;
using Carafe.Json;

namespace Carafe.Tests.Json;

public class FlaskJsonTests
{
    private sealed record Person(string Name, int Age, Person? Friend);

    private sealed class Account
    {
        public string Zeta { get; set; } = "last";
        public string Alpha { get; set; } = "first";
        internal string Hidden { get; set; } = "not written";
    }

    [Fact]
    public void Output_is_compact_sorted_ascii_and_ends_with_a_newline()
    {
        var value = new Dictionary<string, object?>
        {
            ["b"] = 1,
            ["a"] = new Dictionary<string, object?> { ["d"] = "ü", ["c"] = "☃" },
        };

        Assert.Equal("{\"a\":{\"c\":\"\\u2603\",\"d\":\"\\u00fc\"},\"b\":1}\n", FlaskJson.Serialize(value));
    }

    [Fact]
    public void Values_follow_the_reference()
    {
        Assert.Equal("null\n", FlaskJson.Serialize(null));
        Assert.Equal("[1,\"two\",null]\n", FlaskJson.Serialize(new object?[] { 1, "two", null }));
        Assert.Equal("\"s\"\n", FlaskJson.Serialize("s"));
        Assert.Equal("12345678901234567890\n", FlaskJson.Serialize(BigInteger.Parse("12345678901234567890")));
        Assert.Equal("\"<script>&'\\\"\"\n", FlaskJson.Serialize("<script>&'\""));
        Assert.Equal("\"\\ud83d\\ude00\"\n", FlaskJson.Serialize("😀"));
    }

    [Fact]
    public void Dates_are_http_dates_and_guids_strings()
    {
        Assert.Equal("\"Thu, 02 Jan 2020 00:00:00 GMT\"\n", FlaskJson.Serialize(new DateTime(2020, 1, 2)));
        Assert.Equal("\"Thu, 02 Jan 2020 00:00:00 GMT\"\n", FlaskJson.Serialize(new DateTimeOffset(2020, 1, 2, 1, 0, 0, TimeSpan.FromHours(1))));
        Assert.Equal("\"Thu, 02 Jan 2020 00:00:00 GMT\"\n", FlaskJson.Serialize(new DateOnly(2020, 1, 2)));
        Assert.Equal("\"12345678-1234-5678-1234-567812345678\"\n", FlaskJson.Serialize(Guid.Parse("12345678-1234-5678-1234-567812345678")));
    }

    [Fact]
    public void Numbers_are_exact()
    {
        Assert.Equal("[9223372036854775807,18446744073709551615,-5,1.0,1e+20,0.1,\"1.50\"]\n",
            FlaskJson.Serialize(new object[] { long.MaxValue, ulong.MaxValue, (sbyte)-5, 1.0, 1e20, 0.1, 1.50m }));
        Assert.Equal("[5,-3]\n", FlaskJson.Serialize(new object[] { DayOfWeek.Friday, (Int128)(-3) }));
        Assert.Equal("[1.1,NaN,Infinity,-Infinity]\n", FlaskJson.Serialize(new object[] { 1.1f, double.NaN, double.PositiveInfinity, float.NegativeInfinity }));
    }

    [Fact]
    public void Objects_are_written_by_their_public_property_names_sorted()
    {
        Assert.Equal("{\"Age\":36,\"Friend\":{\"Age\":40,\"Friend\":null,\"Name\":\"Bob\"},\"Name\":\"Ada\"}\n",
            FlaskJson.Serialize(new Person("Ada", 36, new Person("Bob", 40, null))));
        Assert.Equal("{\"Alpha\":\"first\",\"Zeta\":\"last\"}\n", FlaskJson.Serialize(new Account()));
        Assert.Equal("{\"code\":418,\"description\":\"This server is a teapot, not a coffee machine\",\"name\":\"I'm a teapot\"}\n",
            FlaskJson.Serialize(new { name = "I'm a teapot", code = 418, description = "This server is a teapot, not a coffee machine" }));
    }

    [Fact]
    public void Sequences_are_arrays_and_integer_keys_sort_numerically()
    {
        Assert.Equal("[[1,2],[\"a\"]]\n", FlaskJson.Serialize(new List<object> { new HashSet<int> { 1, 2 }, Enumerable.Repeat("a", 1) }));
        Assert.Equal("{\"9\":\"b\",\"10\":\"a\"}\n", FlaskJson.Serialize(new Dictionary<int, string> { [10] = "a", [9] = "b" }));
        Assert.Equal("[1,\"x\"]\n", FlaskJson.Serialize((1, "x")));
    }

    [Fact]
    public void Self_containing_values_and_mixed_keys_are_refused()
    {
        var list = new List<object>();
        list.Add(list);
        Assert.Throws<InvalidOperationException>(() => FlaskJson.Serialize(list));
        Assert.Throws<NotSupportedException>(() => FlaskJson.Serialize(new Dictionary<object, int> { ["a"] = 1, [2] = 2 }));
    }

    [Fact]
    public void The_bytes_variant_is_the_same_text()
    {
        Assert.Equal("{\"a\":[1,2]}\n"u8.ToArray(), FlaskJson.SerializeToUtf8Bytes(new Dictionary<string, int[]> { ["a"] = [1, 2] }));
    }

    [Fact]
    public void Deserialize_maps_to_plain_dotnet_values()
    {
        var value = FlaskJson.Deserialize("{\"a\":[1,2.5,\"x\",true,false,null],\"big\":123456789012345678901234567890,\"a\":{}}"u8);

        var dictionary = Assert.IsType<Dictionary<string, object?>>(value);
        Assert.Equal(["a", "big"], dictionary.Keys);
        Assert.Empty(Assert.IsType<Dictionary<string, object?>>(dictionary["a"]));
        Assert.Equal(BigInteger.Parse("123456789012345678901234567890"), dictionary["big"]);
        var list = Assert.IsType<List<object?>>(FlaskJson.Deserialize("[1,2.5,\"x\",true,false,null]"u8));
        Assert.Equal("1|2.5|x|True|False|", string.Join('|', list));
        Assert.IsType<long>(list[0]);
        Assert.IsType<double>(list[1]);
        Assert.Equal("é", FlaskJson.Deserialize(Encoding.UTF8.GetBytes("\uFEFF\"é\"")));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("{")]
    [InlineData("{\"a\":1,}")]
    [InlineData("[1] [2]")]
    [InlineData("{'a': 1}")]
    [InlineData("nul")]
    [InlineData("\"\\x\"")]
    public void Bad_json_raises_a_decode_exception(string body)
    {
        Assert.Throws<JsonDecodeException>(() => FlaskJson.Deserialize(Encoding.UTF8.GetBytes(body)));
    }

    [Fact]
    public void Invalid_utf8_is_bad_json()
    {
        Assert.Throws<JsonDecodeException>(() => FlaskJson.Deserialize(new byte[] { (byte)'"', 0xFF, (byte)'"' }));
    }

    [Theory]
    [MemberData(nameof(FlaskJsonFixtures.Documents), MemberType = typeof(FlaskJsonFixtures))]
    public void Documents_read_and_written_match_flask(string document, string expected)
    {
        Assert.Equal(expected, FlaskJson.Serialize(FlaskJson.Deserialize(Encoding.UTF8.GetBytes(document))));
    }

    [Theory]
    [MemberData(nameof(FlaskJsonFixtures.Floats), MemberType = typeof(FlaskJsonFixtures))]
    public void Floats_match_python(long bits, string expected)
    {
        Assert.Equal(expected, FlaskJson.Serialize(BitConverter.Int64BitsToDouble(bits)));
    }
}
