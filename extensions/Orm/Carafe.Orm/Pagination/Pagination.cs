using System.Collections;

namespace Carafe.Orm.Pagination;

/// <summary>
/// One page of a query's results, as Flask-SQLAlchemy's <c>Pagination</c>: the items, the
/// numbers around them, and <see cref="IterPages"/> for page links. Made by
/// <see cref="OrmQueryableExtensions.Paginate{T}(IQueryable{T}, Request, int?, int?, int?, bool, bool)"/>; templates read it with
/// Flask-SQLAlchemy's names (<c>pagination.items</c>, <c>pagination.iter_pages()</c>,
/// <c>pagination.prev_num</c>), and iterating it iterates the items.
/// </summary>
/// <typeparam name="T">The type of the items.</typeparam>
public sealed class Pagination<T> : IEnumerable<T>
{
    private readonly Func<int, bool, Pagination<T>> _fetch;

    internal Pagination(int page, int perPage, int? total, IReadOnlyList<T> items, Func<int, bool, Pagination<T>> fetch)
    {
        Page = page;
        PerPage = perPage;
        Total = total;
        Items = items;
        _fetch = fetch;
    }

    /// <summary>The current page, from 1.</summary>
    public int Page { get; }

    /// <summary>The largest number of items on a page.</summary>
    public int PerPage { get; }

    /// <summary>The number of items on every page, or null when counting was turned off.</summary>
    public int? Total { get; }

    /// <summary>The items on this page.</summary>
    public IReadOnlyList<T> Items { get; }

    /// <summary>The number of the first item on this page, from 1; 0 when the page is empty.</summary>
    public int First => Items.Count == 0 ? 0 : (Page - 1) * PerPage + 1;

    /// <summary>The number of the last item on this page; <see cref="First"/> when the page is empty.</summary>
    public int Last => Math.Max(First, First + Items.Count - 1);

    /// <summary>The number of pages; 0 when there are no items or they were not counted.</summary>
    public int Pages => Total is null or 0 ? 0 : (int)((Total.Value + (long)PerPage - 1) / PerPage);

    /// <summary>Whether there is a page before this one.</summary>
    public bool HasPrev => Page > 1;

    /// <summary>The previous page's number, or null on the first page.</summary>
    public int? PrevNum => HasPrev ? Page - 1 : null;

    /// <summary>Whether there is a page after this one.</summary>
    public bool HasNext => Page < Pages;

    /// <summary>The next page's number, or null on the last page.</summary>
    public int? NextNum => HasNext ? Page + 1 : null;

    /// <summary>Queries the previous page, with this page's size and total.</summary>
    /// <param name="errorOut">Answer 404 for an empty page other than the first, as <c>prev(error_out=True)</c>.</param>
    public Pagination<T> Prev(bool errorOut = false) => WithTotal(_fetch(Page - 1, errorOut));

    /// <summary>Queries the next page, with this page's size and total.</summary>
    /// <param name="errorOut">Answer 404 for an empty page, as <c>next(error_out=True)</c>.</param>
    public Pagination<T> Next(bool errorOut = false) => WithTotal(_fetch(Page + 1, errorOut));

    /// <summary>
    /// The page numbers to link to, with null for each gap, as Flask-SQLAlchemy's
    /// <c>iter_pages</c>: with 20 pages on page 7, <c>1, 2, null, 5, 6, 7, 8, 9, 10, 11, null, 19, 20</c>.
    /// </summary>
    /// <param name="leftEdge">How many pages to show from the first.</param>
    /// <param name="leftCurrent">How many pages to show before the current one.</param>
    /// <param name="rightCurrent">How many pages to show after the current one.</param>
    /// <param name="rightEdge">How many pages to show up to the last.</param>
    public IEnumerable<int?> IterPages(int leftEdge = 2, int leftCurrent = 2, int rightCurrent = 4, int rightEdge = 2)
    {
        var pagesEnd = Pages + 1;
        if (pagesEnd == 1)
        {
            yield break;
        }
        var leftEnd = Math.Min(1 + leftEdge, pagesEnd);
        for (var page = 1; page < leftEnd; page++)
        {
            yield return page;
        }
        if (leftEnd == pagesEnd)
        {
            yield break;
        }
        var midStart = Math.Max(leftEnd, Page - leftCurrent);
        var midEnd = Math.Min(Page + rightCurrent + 1, pagesEnd);
        if (midStart - leftEnd > 0)
        {
            yield return null;
        }
        for (var page = midStart; page < midEnd; page++)
        {
            yield return page;
        }
        if (midEnd == pagesEnd)
        {
            yield break;
        }
        var rightStart = Math.Max(midEnd, pagesEnd - rightEdge);
        if (rightStart - midEnd > 0)
        {
            yield return null;
        }
        for (var page = rightStart; page < pagesEnd; page++)
        {
            yield return page;
        }
    }

    /// <summary>The items of this page.</summary>
    public IEnumerator<T> GetEnumerator() => Items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private Pagination<T> WithTotal(Pagination<T> other) => new(other.Page, other.PerPage, Total, other.Items, _fetch);
}
