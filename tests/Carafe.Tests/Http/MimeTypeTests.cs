using Carafe.Http;

namespace Carafe.Tests.Http;

public class MimeTypeTests
{
    [Theory]
    [InlineData("style.css", "text/css; charset=utf-8")]
    [InlineData("js/hello.js", "text/javascript; charset=utf-8")]
    [InlineData("notes.txt", "text/plain; charset=utf-8")]
    [InlineData("index.html", "text/html; charset=utf-8")]
    [InlineData("data.json", "application/json")]
    [InlineData("logo.png", "image/png")]
    [InlineData("icon.svg", "image/svg+xml; charset=utf-8")]
    public void Static_files_get_flasks_content_types(string name, string contentType)
    {
        Assert.Equal(contentType, Response.WithCharset(MimeTypes.FromFileName(name)!));
    }

    [Theory]
    [InlineData("text/csv", "text/csv; charset=utf-8")]
    [InlineData("application/xml", "application/xml; charset=utf-8")]
    [InlineData("image/svg+xml", "image/svg+xml; charset=utf-8")]
    [InlineData("application/octet-stream", "application/octet-stream")]
    [InlineData("application/json", "application/json")]
    public void Charset_is_added_as_the_reference_shows(string mimetype, string contentType)
    {
        Assert.Equal(contentType, Response.WithCharset(mimetype));
    }

    [Fact]
    public void Unknown_names_have_no_type_and_compressed_ones_an_encoding()
    {
        Assert.Null(MimeTypes.FromFileName("README"));
        Assert.Equal(("application/x-tar", "gzip"), MimeTypes.Guess("site.tar.gz"));
    }

    [Theory]
    [MemberData(nameof(MimeTypeFixtures.Guesses), MemberType = typeof(MimeTypeFixtures))]
    public void Guesses_match_python_on_debian(string name, string? mimetype, string? encoding)
    {
        Assert.Equal((mimetype, encoding), MimeTypes.Guess(name));
    }

    [Theory]
    [MemberData(nameof(MimeTypeFixtures.ContentTypes), MemberType = typeof(MimeTypeFixtures))]
    public void Content_types_match_werkzeug(string mimetype, string contentType)
    {
        Assert.Equal(contentType, Response.WithCharset(mimetype));
    }
}
