using System.Text.Json;
using Carafe.Orm.Pagination;
using Microsoft.AspNetCore.WebUtilities;

namespace Carafe.Orm.Tests;

/// <summary>Pagination against the golden answers of Flask-SQLAlchemy 3.0.3 (Fixtures/generate.py).</summary>
public class PaginationFixtureTests
{
    private static readonly JsonElement Fixtures = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "pagination.json"))).RootElement;

    public static TheoryData<int> PaginateCases() => [.. Enumerable.Range(0, Fixtures.GetProperty("paginate").GetArrayLength())];

    public static TheoryData<int> IterPagesCases() => [.. Enumerable.Range(0, Fixtures.GetProperty("iter_pages").GetArrayLength())];

    [Fact]
    public void The_fixtures_cover_the_edge_cases()
    {
        Assert.Equal("3.0.3", Fixtures.GetProperty("flask_sqlalchemy").GetString());
        var answers = Fixtures.GetProperty("paginate").EnumerateArray().Select(c => c.GetProperty("answer")).ToList();
        Assert.Contains(answers, a => a.TryGetProperty("abort", out _));
        Assert.Contains(answers, a => a.TryGetProperty("total", out var total) && total.ValueKind == JsonValueKind.Null);
        Assert.True(Fixtures.GetProperty("iter_pages").EnumerateArray().Count(c => c.GetProperty("answer").EnumerateArray().Any(p => p.ValueKind == JsonValueKind.Null)) > 100);
    }

    [Theory]
    [MemberData(nameof(PaginateCases))]
    public void Paginate_answers_as_Flask_SQLAlchemy(int index)
    {
        var fixture = Fixtures.GetProperty("paginate")[index];
        var items = Enumerable.Range(1, fixture.GetProperty("total_rows").GetInt32()).AsQueryable();
        var query = QueryHelpers.ParseQuery(fixture.GetProperty("query").GetString());
        var args = fixture.GetProperty("args");
        var expected = fixture.GetProperty("answer");

        Pagination<int> Run() => OrmQueryableExtensions.Paginate(items, name => query.TryGetValue(name, out var values) ? values[0] : null,
            Int(args, "page"), Int(args, "per_page"), Int(args, "max_per_page"),
            !args.TryGetProperty("error_out", out var errorOut) || errorOut.GetBoolean(), !args.TryGetProperty("count", out var count) || count.GetBoolean());

        if (expected.TryGetProperty("abort", out var status))
        {
            Assert.Equal(status.GetInt32(), Assert.Throws<HttpException>(Run).StatusCode);
            return;
        }
        var page = Run();
        Assert.Equal(expected.GetProperty("page").GetInt32(), page.Page);
        Assert.Equal(expected.GetProperty("per_page").GetInt32(), page.PerPage);
        Assert.Equal(Int(expected, "total"), page.Total);
        Assert.Equal(Ints(expected.GetProperty("items")), page.Items);
        Assert.Equal(expected.GetProperty("pages").GetInt32(), page.Pages);
        Assert.Equal(expected.GetProperty("first").GetInt32(), page.First);
        Assert.Equal(expected.GetProperty("last").GetInt32(), page.Last);
        Assert.Equal(expected.GetProperty("has_prev").GetBoolean(), page.HasPrev);
        Assert.Equal(Int(expected, "prev_num"), page.PrevNum);
        Assert.Equal(expected.GetProperty("has_next").GetBoolean(), page.HasNext);
        Assert.Equal(Int(expected, "next_num"), page.NextNum);
        Assert.Equal(NullableInts(expected.GetProperty("iter_pages")), page.IterPages());
        AssertNeighbour(expected.GetProperty("prev"), page.Prev);
        AssertNeighbour(expected.GetProperty("next"), page.Next);
    }

    [Theory]
    [MemberData(nameof(IterPagesCases))]
    public void IterPages_answers_as_Flask_SQLAlchemy(int index)
    {
        var fixture = Fixtures.GetProperty("iter_pages")[index];
        var args = fixture.GetProperty("args");
        var page = new Pagination<int>(fixture.GetProperty("page").GetInt32(), fixture.GetProperty("per_page").GetInt32(),
            fixture.GetProperty("total").GetInt32(), [], (_, _) => throw new InvalidOperationException("not queried"));

        var pages = page.IterPages(Int(args, "left_edge") ?? 2, Int(args, "left_current") ?? 2, Int(args, "right_current") ?? 4, Int(args, "right_edge") ?? 2);

        Assert.Equal(fixture.GetProperty("pages").GetInt32(), page.Pages);
        Assert.Equal(NullableInts(fixture.GetProperty("answer")), pages);
    }

    private static void AssertNeighbour(JsonElement expected, Func<bool, Pagination<int>> fetch)
    {
        if (expected.TryGetProperty("abort", out var status))
        {
            Assert.Equal(status.GetInt32(), Assert.Throws<HttpException>(() => fetch(false)).StatusCode);
            return;
        }
        var page = fetch(false);
        Assert.Equal(expected.GetProperty("page").GetInt32(), page.Page);
        Assert.Equal(Int(expected, "total"), page.Total);
        Assert.Equal(Ints(expected.GetProperty("items")), page.Items);
    }

    private static int? Int(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt32() : null;

    private static int?[] NullableInts(JsonElement array) => [.. array.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.Null ? (int?)null : e.GetInt32())];

    private static int[] Ints(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetInt32())];
}
