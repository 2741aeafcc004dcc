using Carafe.Templating.Values;

namespace Carafe.Templating.Tests;

/// <summary>Values print as Python prints them; the expected texts come from Python 3.11's <c>repr</c>.</summary>
public class PythonFormattingTests
{
    [Theory]
    [InlineData(0.1, "0.1")]
    [InlineData(0.30000000000000004, "0.30000000000000004")]
    [InlineData(1.0, "1.0")]
    [InlineData(-2.5, "-2.5")]
    [InlineData(1000000000000000.0, "1000000000000000.0")]
    [InlineData(1e+16, "1e+16")]
    [InlineData(123456789012345.6, "123456789012345.6")]
    [InlineData(1234567890123456.8, "1234567890123456.8")]
    [InlineData(0.0001, "0.0001")]
    [InlineData(0.00012345, "0.00012345")]
    [InlineData(1e-05, "1e-05")]
    [InlineData(1.5e-07, "1.5e-07")]
    [InlineData(1e+22, "1e+22")]
    [InlineData(1.152921504606847e+18, "1.152921504606847e+18")]
    [InlineData(-0.0, "-0.0")]
    [InlineData(12.5, "12.5")]
    [InlineData(3e-310, "3e-310")]
    [InlineData(1.7976931348623157e+308, "1.7976931348623157e+308")]
    [InlineData(100.0, "100.0")]
    [InlineData(99999999999999.98, "99999999999999.98")]
    [InlineData(double.PositiveInfinity, "inf")]
    [InlineData(double.NaN, "nan")]
    public void Floats_print_like_python_repr(double value, string expected) => Assert.Equal(expected, PyFormat.Float(value));

    [Fact]
    public void Dotnet_numbers_print_as_python_ints_and_floats()
    {
        var context = new Dictionary<string, object?> { ["i"] = 7, ["b"] = (byte)2, ["f"] = 1.5f, ["m"] = 2.50m, ["l"] = new List<object?> { 1, 2.0, "a", null, true } };
        Assert.Equal("7 2 1.5 2.5 [1, 2.0, 'a', None, True]", new Environment().FromString("{{ i }} {{ b }} {{ f }} {{ m }} {{ l }}").Render(context));
    }
}
