using Carafe.Orm.Pagination;
using Carafe.Tests.Fixtures;

namespace Carafe.Orm.Tests;

/// <summary>
/// <c>?page=</c> is read as Flask-SQLAlchemy 3.0.3's <c>_prepare_page_args</c> reads it (Python's
/// <c>int()</c>, else 404), from the shared python_int.json.
/// </summary>
public class PageArgumentParsingFixtureTests
{
    [Fact]
    public void Page_argument_is_read_as_flask_sqlalchemy_reads_it()
    {
        var wrong = PythonIntFixture.Cases.Where(c => Page(c.Text) != Expected(c)).Select(c => c.Shown);
        Assert.Empty(wrong);
    }

    /// <summary>Flask-SQLAlchemy's answer, except that a page beyond an <see cref="int"/> is a 404 (Python's ints are unbounded).</summary>
    private static string Expected(PythonIntCase c) =>
        c.Int is { } n && n > int.MaxValue ? "404" : c.Page;

    private static string Page(string text)
    {
        try
        {
            return PageArguments.Prepare(name => name == "page" ? text : null, null, null, null, errorOut: true).Page
                .ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (HttpException e) when (e.StatusCode == 404)
        {
            return "404";
        }
    }
}
