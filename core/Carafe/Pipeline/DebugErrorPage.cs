using System.Net;

namespace Carafe.Pipeline;

/// <summary>
/// The page an unhandled exception shows in debug mode (never otherwise): the exception, its
/// message and stack, with the request that caused it, every value HTML-escaped.
/// </summary>
internal static class DebugErrorPage
{
    public static Response Render(Exception exception, Request request)
    {
        var type = exception.GetType().FullName;
        var html =
            "<!doctype html>\n<html lang=en>\n" +
            $"<title>{Escape(type)}: {Escape(exception.Message)} // Carafe debugger</title>\n" +
            $"<h1>{Escape(type)}</h1>\n" +
            $"<p class=\"errormsg\">{Escape(exception.Message)}</p>\n" +
            $"<p class=\"request\">{Escape(request.Method)} {Escape(request.FullPath)}</p>\n" +
            $"<pre class=\"traceback\">{Escape(exception.ToString())}</pre>\n" +
            "<p>This page is shown because DEBUG is on. Never run with DEBUG on in production: it shows your code.</p>\n";
        return new Response(html, 500);
    }

    private static string Escape(string? text) => WebUtility.HtmlEncode(text ?? "");
}
