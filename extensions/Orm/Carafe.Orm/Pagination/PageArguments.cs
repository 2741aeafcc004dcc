namespace Carafe.Orm.Pagination;

/// <summary>
/// Flask-SQLAlchemy's <c>_prepare_page_args</c>: the page and page size from the arguments,
/// else from the request's <c>page</c> and <c>per_page</c>, capped and checked. Pure: the
/// request's values come in as strings.
/// </summary>
internal static class PageArguments
{
    public const int DefaultPerPage = 20;

    /// <summary>The page and page size to query.</summary>
    /// <param name="args">The request's query string values, or null outside a request.</param>
    /// <param name="page">The page the caller asked for; null takes <c>?page=</c> (else 1).</param>
    /// <param name="perPage">The page size the caller asked for; null takes <c>?per_page=</c> (else 20).</param>
    /// <param name="maxPerPage">The largest page size allowed, so that a client cannot ask for the whole table at once; null for no limit.</param>
    /// <param name="errorOut">Whether a bad value is a 404, as Flask-SQLAlchemy's <c>error_out</c>; otherwise it falls back to the default.</param>
    /// <exception cref="HttpException">404, with <paramref name="errorOut"/>, for a page or page size that is not a number or is below 1.</exception>
    public static (int Page, int PerPage) Prepare(Func<string, string?>? args, int? page, int? perPage, int? maxPerPage, bool errorOut)
    {
        var pageNumber = page ?? FromRequest(args, "page", 1, errorOut);
        var size = perPage ?? FromRequest(args, "per_page", DefaultPerPage, errorOut);
        if (maxPerPage is { } max)
        {
            size = Math.Min(size, max);
        }
        if (pageNumber < 1)
        {
            pageNumber = errorOut ? throw new HttpException(404) : 1;
        }
        if (size < 1)
        {
            size = errorOut ? throw new HttpException(404) : DefaultPerPage;
        }
        return (pageNumber, size);
    }

    private static int FromRequest(Func<string, string?>? args, string name, int fallback, bool errorOut)
    {
        if (args?.Invoke(name) is not { } text)
        {
            return fallback;
        }
        if (PythonInt.TryParse(text, out int value))
        {
            return value;
        }
        return errorOut ? throw new HttpException(404) : fallback;
    }
}
