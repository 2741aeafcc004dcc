using System.ComponentModel;
using System.Globalization;
using Carafe.Orm.Pagination;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;

namespace Carafe.Orm;

/// <summary>
/// Flask-SQLAlchemy's query helpers on EF Core queries: <c>get_or_404</c>, <c>first_or_404</c>,
/// <c>one_or_404</c> (answering with Flask's 404 page and the description given) and
/// <c>paginate</c>.
/// </summary>
public static class OrmQueryableExtensions
{
    /// <summary>
    /// The entity with primary key <paramref name="id"/>, or a 404. An id of the wrong form (the
    /// text <c>abc</c> for an integer key, from a route's <c>&lt;id&gt;</c>) is a 404 too.
    /// </summary>
    /// <exception cref="HttpException">404: no such entity, or the id cannot be a key.</exception>
    public static T GetOr404<T>(this DbSet<T> set, object? id, string? description = null) where T : class =>
        set.Find(KeyOr404(set, id, description)) ?? throw new HttpException(404, description);

    /// <summary>The entity with primary key <paramref name="id"/>, or a 404; see <see cref="GetOr404{T}"/>.</summary>
    public static async Task<T> GetOr404Async<T>(this DbSet<T> set, object? id, string? description = null, CancellationToken cancellationToken = default) where T : class =>
        await set.FindAsync([KeyOr404(set, id, description)], cancellationToken) ?? throw new HttpException(404, description);

    /// <summary>The query's first result, or a 404 when it has none.</summary>
    public static T FirstOr404<T>(this IQueryable<T> query, string? description = null) =>
        query.Take(1).ToList() is [var first] ? first : throw new HttpException(404, description);

    /// <summary>The query's first result, or a 404 when it has none.</summary>
    public static async Task<T> FirstOr404Async<T>(this IQueryable<T> query, string? description = null, CancellationToken cancellationToken = default) =>
        (await ListAsync(query.Take(1), cancellationToken)) is [var first] ? first : throw new HttpException(404, description);

    /// <summary>The query's only result, or a 404 when it has none or more than one, as <c>one_or_404</c>.</summary>
    public static T OneOr404<T>(this IQueryable<T> query, string? description = null) =>
        query.Take(2).ToList() is [var one] ? one : throw new HttpException(404, description);

    /// <summary>The query's only result, or a 404 when it has none or more than one.</summary>
    public static async Task<T> OneOr404Async<T>(this IQueryable<T> query, string? description = null, CancellationToken cancellationToken = default) =>
        (await ListAsync(query.Take(2), cancellationToken)) is [var one] ? one : throw new HttpException(404, description);

    /// <summary>
    /// One page of the query's results, as Flask-SQLAlchemy's <c>paginate</c>. The page and
    /// its size come from the arguments, else from <paramref name="request"/>'s <c>page</c> and
    /// <c>per_page</c> (1 and 20 by default): by default the request being handled, as Flask-SQLAlchemy
    /// reads <c>flask.request</c>. Order the query first, or pages may overlap.
    /// </summary>
    /// <param name="query">The query, ordered.</param>
    /// <param name="request">The request to read <c>page</c> and <c>per_page</c> from; by default the one being handled, if any.</param>
    /// <param name="page">The page, from 1.</param>
    /// <param name="perPage">The largest number of items on a page.</param>
    /// <param name="maxPerPage">The cap on <paramref name="perPage"/>, however it was given.</param>
    /// <param name="errorOut">Answer 404 for a page or size that is not a number or is below 1, and for an empty page other than the first; else use the defaults.</param>
    /// <param name="count">Count the total (one more query); without it, <c>Total</c> is null and <c>Pages</c> 0.</param>
    /// <exception cref="HttpException">404, with <paramref name="errorOut"/>.</exception>
    public static Pagination<T> Paginate<T>(this IQueryable<T> query, Request? request = null, int? page = null, int? perPage = null,
        int? maxPerPage = null, bool errorOut = true, bool count = true) =>
        Paginate(query, Args(request), page, perPage, maxPerPage, errorOut, count);

    /// <summary>Paginates with the request's query string values given as a lookup (pure: for tests and non-HTTP callers).</summary>
    internal static Pagination<T> Paginate<T>(IQueryable<T> query, Func<string, string?>? args, int? page, int? perPage, int? maxPerPage, bool errorOut, bool count)
    {
        var (number, size) = PageArguments.Prepare(args, page, perPage, maxPerPage, errorOut);
        return Fetch(query, number, size, errorOut, count);
    }

    /// <summary>One page of the query's results; see <see cref="Paginate{T}(IQueryable{T}, Request, int?, int?, int?, bool, bool)"/>. The page's items and count are queried asynchronously.</summary>
    public static async Task<Pagination<T>> PaginateAsync<T>(this IQueryable<T> query, Request? request = null, int? page = null, int? perPage = null,
        int? maxPerPage = null, bool errorOut = true, bool count = true, CancellationToken cancellationToken = default)
    {
        var (number, size) = PageArguments.Prepare(Args(request), page, perPage, maxPerPage, errorOut);
        var items = await ListAsync(PageOf(query, number, size), cancellationToken);
        CheckNotEmpty(items, number, errorOut);
        int? total = count ? query.Provider is IAsyncQueryProvider ? await query.CountAsync(cancellationToken) : query.Count() : null;
        return new Pagination<T>(number, size, total, items, (other, error) => Fetch(query, other, size, error, count: false));
    }

    private static Pagination<T> Fetch<T>(IQueryable<T> query, int page, int perPage, bool errorOut, bool count)
    {
        // prev() of the first page asks for page 0: as Flask-SQLAlchemy, checked like any argument.
        (page, perPage) = PageArguments.Prepare(null, page, perPage, null, errorOut);
        var items = PageOf(query, page, perPage).ToList();
        CheckNotEmpty(items, page, errorOut);
        return new Pagination<T>(page, perPage, count ? query.Count() : null, items, (other, error) => Fetch(query, other, perPage, error, count: false));
    }

    private static IQueryable<T> PageOf<T>(IQueryable<T> query, int page, int perPage)
    {
        var offset = (page - 1L) * perPage;
        // A page past what an offset can say is past the end: empty, as the database would answer.
        return offset > int.MaxValue ? query.Take(0) : query.Skip((int)offset).Take(perPage);
    }

    private static void CheckNotEmpty<T>(IReadOnlyList<T> items, int page, bool errorOut)
    {
        if (items.Count == 0 && page != 1 && errorOut)
        {
            throw new HttpException(404);
        }
    }

    // Without a Request, the one being handled, as Flask-SQLAlchemy reads flask.request: ASP.NET Core's
    // accessor (which the extension registers) flows with the request; outside one there is none.
    private static Func<string, string?>? Args(Request? request) =>
        request is not null ? name => request.Args.Get(name)
        : new HttpContextAccessor().HttpContext is { } http ? name => http.Request.Query.TryGetValue(name, out var values) ? values[0] : null
        : null;

    private static async Task<List<T>> ListAsync<T>(IQueryable<T> query, CancellationToken cancellationToken) =>
        query.Provider is IAsyncQueryProvider ? await query.ToListAsync(cancellationToken) : query.ToList();

    private static object KeyOr404<T>(DbSet<T> set, object? id, string? description) where T : class
    {
        var key = set.EntityType.FindPrimaryKey() ?? throw new InvalidOperationException($"{typeof(T).Name} has no primary key: GetOr404 finds entities by key.");
        var type = Nullable.GetUnderlyingType(key.Properties[0].ClrType) ?? key.Properties[0].ClrType;
        if (id is null)
        {
            throw new HttpException(404, description);
        }
        if (type.IsInstanceOfType(id))
        {
            return id;
        }
        try
        {
            return id is string text
                ? TypeDescriptor.GetConverter(type).ConvertFromInvariantString(text) ?? throw new HttpException(404, description)
                : Convert.ChangeType(id, type, CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is FormatException or InvalidCastException or OverflowException or NotSupportedException or ArgumentException)
        {
            throw new HttpException(404, description);
        }
    }
}
