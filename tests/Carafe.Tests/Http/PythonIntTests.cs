using System.Numerics;
using Carafe.StaticFiles;
using Carafe.Tests.Fixtures;

namespace Carafe.Tests.Http;

/// <summary>
/// <see cref="PythonInt"/> reads the numbers Python 3.11's <c>int()</c> and Werkzeug 2.2 read
/// (python_int.json), and the core's <c>Range</c> parsing reads the ones Werkzeug's does.
/// </summary>
public class PythonIntTests
{
    private static readonly IReadOnlyList<PythonIntCase> Cases = PythonIntFixture.Cases;

    [Fact]
    public void Reads_text_as_python_int_does()
    {
        var wrong = Cases.Where(c => (PythonInt.TryParse(c.Text, out BigInteger n) ? n : (BigInteger?)null) != c.Int);
        Assert.Empty(wrong.Select(c => c.Shown));
    }

    [Fact]
    public void Reads_into_a_long_or_an_int_the_numbers_that_fit_them()
    {
        var wrongLong = Cases.Where(c => (PythonInt.TryParse(c.Text, out long n) ? n : (BigInteger?)null) != Fitting(c.Int, long.MinValue, long.MaxValue));
        var wrongInt = Cases.Where(c => (PythonInt.TryParse(c.Text, out int n) ? n : (BigInteger?)null) != Fitting(c.Int, int.MinValue, int.MaxValue));
        Assert.Empty(wrongLong.Select(c => c.Shown));
        Assert.Empty(wrongInt.Select(c => c.Shown));
    }

    [Fact]
    public void Werkzeug_args_get_with_type_int_is_python_int()
    {
        Assert.Empty(Cases.Where(c => c.Args != c.Int).Select(c => c.Shown));
    }

    [Fact]
    public void Reads_a_header_value_as_werkzeug_sees_it_through_wsgi()
    {
        var wrong = Cases.Where(c => (PythonInt.TryParseHeaderValue(c.Text, out var n) ? n : (BigInteger?)null) != Fitting(c.Header, long.MinValue, long.MaxValue));
        Assert.Empty(wrong.Select(c => c.Shown));
    }

    [Fact]
    public void Header_values_take_ascii_digits_only_where_int_takes_any()
    {
        Assert.True(PythonInt.TryParse("\u0664\u0662", out int arabic) && arabic == 42);
        Assert.True(PythonInt.TryParse("\uFF14\uFF12", out int fullwidth) && fullwidth == 42);
        Assert.False(PythonInt.TryParseHeaderValue("\u0664\u0662", out _));
        Assert.False(PythonInt.TryParseHeaderValue("\u00A042", out _));
        Assert.True(PythonInt.TryParseHeaderValue(" +4_2\t", out var ascii) && ascii == 42);
    }

    [Fact]
    public void Range_header_start_is_read_as_werkzeug_reads_it()
    {
        var wrong = Cases.Where(c => ByteRange.Parse("bytes=" + c.Text + "-", 100000) is var range
            && (range is { } r ? (r.Start, r.End) : ((long, long)?)null) != c.Range);
        Assert.Empty(wrong.Select(c => c.Shown));
    }

    private static BigInteger? Fitting(BigInteger? value, BigInteger min, BigInteger max) =>
        value is { } n && n >= min && n <= max ? n : null;
}
