using Carafe.Http;
using Microsoft.AspNetCore.Http;

namespace Carafe.Pipeline;

/// <summary>Writes a Carafe <see cref="Response"/> to ASP.NET Core's response.</summary>
internal static class ResponseWriter
{
    public static async Task WriteAsync(HttpContext http, string method, Response response)
    {
        var target = http.Response;
        target.StatusCode = response.StatusCode;
        foreach (var (name, value) in response.Headers)
        {
            target.Headers.Append(name, value);
        }
        foreach (var cookie in response.Cookies)
        {
            target.Headers.Append("Set-Cookie", cookie.ToHeader(DateTimeOffset.UtcNow));
        }
        var bodyless = response.StatusCode is 204 or 304 or < 200;
        if (response.Streamer is { } streamer)
        {
            if (!bodyless && method != "HEAD")
            {
                await streamer(target.Body, http.RequestAborted);
            }
            return;
        }
        if (bodyless)
        {
            return;
        }
        if (!response.Headers.Contains("Content-Length"))
        {
            target.ContentLength = response.Data.Length;
        }
        if (method != "HEAD" && response.Data.Length > 0)
        {
            await target.Body.WriteAsync(response.Data, http.RequestAborted);
        }
    }
}
