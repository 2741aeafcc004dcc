using Carafe.Http;

namespace Carafe.Tests.Http;

public class ErrorPageTests
{
    [Theory]
    [InlineData(400, "Bad Request", "The browser (or proxy) sent a request that this server could not understand.", 167)]
    [InlineData(405, "Method Not Allowed", "The method is not allowed for the requested URL.", 153)]
    [InlineData(413, "Request Entity Too Large", "The data value transmitted exceeds the capacity limit.", 171)]
    public void Pages_match_the_reference_byte_for_byte(int status, string name, string description, int length)
    {
        var html = ErrorPages.Html(status);

        Assert.Equal($"<!doctype html>\n<html lang=en>\n<title>{status} {name}</title>\n<h1>{name}</h1>\n<p>{description}</p>\n", html);
        Assert.Equal(length, System.Text.Encoding.UTF8.GetByteCount(html));
    }

    [Fact]
    public void Apostrophes_are_escaped_as_numeric_references()
    {
        Assert.Contains("<p>You don&#39;t have the permission to access the requested resource. It is either read-protected or not readable by the server.</p>", ErrorPages.Html(403));
        Assert.Contains("your browser doesn&#39;t understand how to supply the credentials required.</p>", ErrorPages.Html(401));
    }

    [Fact]
    public void A_custom_description_is_escaped()
    {
        Assert.EndsWith("<p>You shall not pass &lt;here&gt;.</p>\n", ErrorPages.Html(403, "You shall not pass <here>."));
    }

    [Fact]
    public void Names_and_descriptions_feed_json_error_handlers()
    {
        Assert.Equal("I'm a teapot", ErrorPages.Name(418));
        Assert.Equal("This server is a teapot, not a coffee machine", ErrorPages.Description(418));
        Assert.Equal("Unknown Error", ErrorPages.Name(499));
        Assert.Equal("", ErrorPages.Description(499));
    }

    [Theory]
    [MemberData(nameof(ErrorPageFixtures.Defaults), MemberType = typeof(ErrorPageFixtures))]
    public void Every_code_matches_werkzeug(int status, string name, string description, string html)
    {
        Assert.Equal(name, ErrorPages.Name(status));
        Assert.Equal(description, ErrorPages.Description(status));
        Assert.Equal(html, ErrorPages.Html(status));
    }

    [Theory]
    [MemberData(nameof(ErrorPageFixtures.Custom), MemberType = typeof(ErrorPageFixtures))]
    public void Custom_descriptions_match_werkzeug(int status, string description, string html)
    {
        Assert.Equal(html, ErrorPages.Html(status, description));
    }
}
