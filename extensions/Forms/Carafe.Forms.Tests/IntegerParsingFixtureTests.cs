using System.Numerics;
using Carafe.Tests.Fixtures;
using static Carafe.Forms.Tests.Support.FormBinding;

namespace Carafe.Forms.Tests;

/// <summary>
/// An integer field reads what WTForms 3.0.1's <c>IntegerField</c> reads (Python's <c>int()</c>:
/// digits of any script, spaces around, underscores between), from the shared python_int.json.
/// </summary>
public class IntegerParsingFixtureTests
{
    public sealed class Int { public int? N { get; set; } }
    public sealed class Long { public long? N { get; set; } }

    [Fact]
    public async Task Int_fields_take_what_wtforms_takes_that_fits_an_int()
    {
        var wrong = new List<string>();
        foreach (var c in PythonIntFixture.Cases)
        {
            var form = Bind<Int>(new() { ["n"] = c.Text });
            await form.ValidateAsync();
            if (!Answers(c, form["n"].Data, form["n"].Errors, int.MinValue, int.MaxValue))
            {
                wrong.Add(c.Shown);
            }
        }
        Assert.Empty(wrong);
    }

    [Fact]
    public async Task Long_fields_take_what_wtforms_takes_that_fits_a_long()
    {
        var wrong = new List<string>();
        foreach (var c in PythonIntFixture.Cases)
        {
            var form = Bind<Long>(new() { ["n"] = c.Text });
            await form.ValidateAsync();
            if (!Answers(c, form["n"].Data, form["n"].Errors, long.MinValue, long.MaxValue))
            {
                wrong.Add(c.Shown);
            }
        }
        Assert.Empty(wrong);
    }

    /// <summary>WTForms' data and errors, except that a number beyond the property's type is "Not a valid integer value." (Python's ints are unbounded).</summary>
    private static bool Answers(PythonIntCase c, object? data, IReadOnlyList<string> errors, BigInteger min, BigInteger max)
    {
        if (c.WtformsData is { } n && (n < min || n > max))
        {
            return data is null && errors.SequenceEqual(["Not a valid integer value."]);
        }
        var actual = data is null ? (BigInteger?)null : new BigInteger(Convert.ToInt64(data, System.Globalization.CultureInfo.InvariantCulture));
        return actual == c.WtformsData && errors.SequenceEqual(c.WtformsErrors);
    }
}
