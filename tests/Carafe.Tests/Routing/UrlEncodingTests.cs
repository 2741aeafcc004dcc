using System.Numerics;
using Carafe.Routing;

namespace Carafe.Tests.Routing;

public class UrlEncodingTests
{
    public static TheoryData<object?, string> PythonStrings() => new()
    {
        { null, "None" },
        { true, "True" },
        { false, "False" },
        { 5, "5" },
        { -7L, "-7" },
        { BigInteger.Parse("123456789012345678901234567890"), "123456789012345678901234567890" },
        { 2.0, "2.0" },
        { 2.5, "2.5" },
        { 0.1, "0.1" },
        { -0.0, "-0.0" },
        { 1e20, "1e+20" },
        { 1e16, "1e+16" },
        { 1e15, "1000000000000000.0" },
        { 0.0001, "0.0001" },
        { 1e-05, "1e-05" },
        { 123456789.125, "123456789.125" },
        { 1.5e300, "1.5e+300" },
        { 5e-324, "5e-324" },
        { double.NaN, "nan" },
        { double.NegativeInfinity, "-inf" },
        { 0.1f, "0.1" },
        { 1.50m, "1.50" },
        { Guid.Parse("ABCDEF12-ABCD-ABCD-ABCD-ABCDEF123456"), "abcdef12-abcd-abcd-abcd-abcdef123456" },
        { "text", "text" },
    };

    [Theory]
    [MemberData(nameof(PythonStrings))]
    public void Values_are_written_as_python_str(object? value, string expected)
    {
        Assert.Equal(expected, UrlEncoding.ToPythonString(value));
    }

    [Theory]
    [InlineData("😀 é~-._/:@&=?#%", "%F0%9F%98%80%20%C3%A9~-._/:%40%26%3D%3F%23%25")]
    [InlineData("$!'()*+,;", "$!'()*+,;")]
    [InlineData("plain", "plain")]
    public void Quote_keeps_werkzeugs_safe_characters(string text, string expected)
    {
        Assert.Equal(expected, UrlEncoding.Quote(text));
    }

    [Fact]
    public void Quote_plus_encodes_plus_and_writes_spaces_as_plus()
    {
        Assert.Equal("a+b%2Bc%26d%3De%2F%C3%BC", UrlEncoding.QuotePlus("a b+c&d=e/ü"));
    }
}
