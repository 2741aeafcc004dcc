using Carafe.Http;

namespace Carafe.StaticFiles;

/// <summary>The conditional and range headers of a request for a file; null where absent.</summary>
internal sealed record ConditionalHeaders(
    string? IfNoneMatch = null,
    string? IfModifiedSince = null,
    string? IfMatch = null,
    string? IfRange = null,
    string? Range = null);

/// <summary>What to answer a request for a file: the status, and for 206 the range to send.</summary>
/// <param name="StatusCode">200, 206, 304, 412 or 416.</param>
/// <param name="Range">The range of a 206 answer, else null.</param>
internal readonly record struct ConditionalResult(int StatusCode, ByteRange? Range = null);

/// <summary>
/// Werkzeug's <c>make_conditional</c> and <c>is_resource_modified</c> for files served by
/// <c>send_file</c>: a satisfiable Range wins (206) unless <c>If-Range</c> says the file changed;
/// otherwise <c>If-None-Match</c> (weak comparison, <c>*</c> matching) or, without it,
/// <c>If-Modified-Since</c> can answer 304, and an <c>If-Match</c> not naming the tag strongly 412.
/// </summary>
internal static class Conditional
{
    /// <summary>
    /// The answer to a <paramref name="method"/> request for a file of <paramref name="length"/>
    /// bytes with the quoted <paramref name="etag"/> and <paramref name="lastModified"/> time. Methods
    /// other than GET and HEAD always get 200; an empty file is never served by range.
    /// </summary>
    public static ConditionalResult Evaluate(string method, ConditionalHeaders headers, string? etag, DateTimeOffset? lastModified, long length)
    {
        if (method is not ("GET" or "HEAD"))
        {
            return new(200);
        }
        if (length != 0 && headers.Range is not null
            && (headers.IfRange is null || !IsModified(headers, etag, lastModified, ignoreIfRange: false)))
        {
            return ByteRange.Parse(headers.Range, length) is { } range ? new(206, range) : new(416);
        }
        if (!IsModified(headers, etag, lastModified))
        {
            return new(EntityTags.Parse(headers.IfMatch).IsEmpty ? 304 : 412);
        }
        return new(200);
    }

    /// <summary>Werkzeug's <c>is_resource_modified</c>: false when the client's copy is current.</summary>
    public static bool IsModified(ConditionalHeaders headers, string? etag, DateTimeOffset? lastModified, bool ignoreIfRange = true)
    {
        // HTTP dates have no fractions of a second; comparing with them would always say "modified".
        var modified = lastModified is { } time ? time.AddTicks(-(time.UtcTicks % TimeSpan.TicksPerSecond)) : (DateTimeOffset?)null;

        string? ifRangeEtag = null;
        DateTimeOffset? ifRangeDate = null;
        var useIfRange = !ignoreIfRange && headers.Range is not null;
        if (useIfRange && !string.IsNullOrEmpty(headers.IfRange))
        {
            if (HttpDate.TryParse(headers.IfRange, out var date))
            {
                ifRangeDate = date;
            }
            else
            {
                ifRangeEtag = EntityTags.Unquote(headers.IfRange);
            }
        }

        DateTimeOffset? since = ifRangeDate ?? (HttpDate.TryParse(headers.IfModifiedSince, out var ims) ? ims : null);
        var unmodified = since is not null && modified is not null && modified <= since;

        if (!string.IsNullOrEmpty(etag))
        {
            var tag = EntityTags.Unquote(etag);
            if (ifRangeEtag is not null)
            {
                unmodified = EntityTags.Parse(ifRangeEtag).Contains(tag);
            }
            else
            {
                var ifNoneMatch = EntityTags.Parse(headers.IfNoneMatch);
                if (!ifNoneMatch.IsEmpty)
                {
                    unmodified = ifNoneMatch.ContainsWeak(tag);
                }
                var ifMatch = EntityTags.Parse(headers.IfMatch);
                if (!ifMatch.IsEmpty)
                {
                    unmodified = !ifMatch.IsStrong(tag);
                }
            }
        }
        return !unmodified;
    }
}
