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
    public async Task Int_fields_take_what_wtforms_takes_that_fits_an_int() =>
        Assert.Empty(await WrongAnswers<Int>(int.MinValue, int.MaxValue));

    [Fact]
    public async Task Long_fields_take_what_wtforms_takes_that_fits_a_long() =>
        Assert.Empty(await WrongAnswers<Long>(long.MinValue, long.MaxValue));

    /// <summary>The cases a form of <typeparamref name="T"/> (one field, <c>n</c>) answers otherwise than WTForms.</summary>
    private static async Task<List<string>> WrongAnswers<T>(BigInteger min, BigInteger max) where T : class
    {
        var wrong = new List<string>();
        foreach (var c in PythonIntFixture.Cases)
        {
            var form = Bind<T>(new() { ["n"] = c.Text });
            await form.ValidateAsync();
            if (!Answers(c, form["n"].Data, form["n"].Errors, min, max))
            {
                wrong.Add(c.Shown);
            }
        }
        return wrong;
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
