using Carafe.Http;

namespace Carafe.Tests.Http;

public class RedirectTests
{
    [Fact]
    public void The_body_matches_the_reference_byte_for_byte()
    {
        var body = Redirects.Body("/hello");

        Assert.Equal(
            "<!doctype html>\n<html lang=en>\n<title>Redirecting...</title>\n<h1>Redirecting...</h1>\n"
            + "<p>You should be redirected automatically to the target URL: <a href=\"/hello\">/hello</a>. If not, click the link.\n",
            body);
        Assert.Equal(199, System.Text.Encoding.UTF8.GetByteCount(body));
    }

    [Theory]
    [InlineData("/user/ünï cödé?q=ä b", "/user/%C3%BCn%C3%AF%20c%C3%B6d%C3%A9?q=%C3%A4%20b")]
    [InlineData("/hello\r\nSet-Cookie: evil=1", "/hello%0D%0ASet-Cookie:%20evil=1")]
    [InlineData("//evil.example/x", "//evil.example/x")]
    [InlineData("javascript:alert(1)", "javascript:alert(1)")]
    [InlineData("relative/path", "relative/path")]
    public void Locations_are_iri_to_uri_encoded_and_never_made_absolute(string target, string location)
    {
        Assert.Equal(location, Redirects.Location(target));
        Assert.Equal(location, Iri.ToUri(target));
    }

    [Fact]
    public void The_link_text_is_the_target_as_given_and_the_href_the_encoded_one()
    {
        Assert.Contains("<a href=\"/caf%C3%A9?a=1&amp;b=%3C\">/café?a=1&amp;b=&lt;</a>", Redirects.Body("/café?a=1&b=<"));
    }

    [Fact]
    public void An_unbalanced_ipv6_bracket_is_refused_as_werkzeug_does()
    {
        Assert.Throws<ArgumentException>(() => Iri.ToUri("http://[::1/x y"));
    }

    [Theory]
    [MemberData(nameof(RedirectFixtures.Redirects), MemberType = typeof(RedirectFixtures))]
    public void Redirects_match_werkzeug(string target, string? location, string? body)
    {
        if (location is null)
        {
            Assert.Throws<ArgumentException>(() => Redirects.Location(target));
            Assert.Throws<ArgumentException>(() => Redirects.Body(target));
            return;
        }
        Assert.Equal(location, Redirects.Location(target));
        Assert.Equal(body, Redirects.Body(target));
    }

    [Theory]
    [InlineData("\r\nSet-Cookie:evil=1")]
    [InlineData("/ok\n")]
    [InlineData("//a\nb/x é")]
    public void Line_breaks_that_would_survive_into_the_header_are_refused(string target)
    {
        Assert.Throws<ArgumentException>(() => Redirects.Location(target));
    }

    [Theory]
    [MemberData(nameof(RedirectFixtures.StrictIris), MemberType = typeof(RedirectFixtures))]
    public void Iri_to_uri_without_safe_conversion_matches_werkzeug(string iri, string uri)
    {
        Assert.Equal(uri, Iri.ToUri(iri, safeConversion: false));
    }
}
