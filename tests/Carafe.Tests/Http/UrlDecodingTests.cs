using System.Text;
using Carafe.Http;

namespace Carafe.Tests.Http;

public class UrlDecodingTests
{
    [Theory]
    [InlineData("/user/a%2Fb", "/user/a/b")]
    [InlineData("/user/%zz", "/user/%zz")]
    [InlineData("/user/%", "/user/%")]
    [InlineData("/user/%ff", "/user/\uFFFD")]
    [InlineData("/path/%C0%AE%C0%AE/x", "/path/\uFFFD\uFFFD\uFFFD\uFFFD/x")]
    [InlineData("/req/info/deep/er%20path", "/req/info/deep/er path")]
    public void Paths_follow_the_reference(string raw, string decoded)
    {
        Assert.Equal(decoded, UrlDecoding.DecodePath(raw));
    }

    [Fact]
    public void Queries_follow_the_reference()
    {
        var args = UrlDecoding.ParseQuery("a=1&b=%20x&a=2");
        Assert.Equal(["a=1", "b= x", "a=2"], args.Select(p => $"{p.Key}={p.Value}"));

        Assert.Equal("c d", UrlDecoding.ParseQuery("a+b=c+d")["a b"]);
        Assert.Equal("", UrlDecoding.ParseQuery("novalue")["novalue"]);
        Assert.Equal("emptykey", UrlDecoding.ParseQuery("=emptykey")[""]);
        Assert.Equal("1;y=2", UrlDecoding.ParseQuery("x=1;y=2")["x"]);
        Assert.Equal(1, UrlDecoding.ParseQuery("page=abc").Get("page", 1));
        Assert.Equal("\uFFFD", UrlDecoding.ParseQuery("y=%ff")["y"]);
        Assert.Equal("\uFFFD", UrlDecoding.ParseQuery("a=%E2%82")["a"]);
        Assert.Equal(0, UrlDecoding.ParseQuery(null).Count);
    }

    [Fact]
    public void Form_bodies_parse_like_queries()
    {
        var form = UrlDecoding.ParseForm("name=Ada+Lovelace&lang=caf%C3%A9&lang=x"u8);

        Assert.Equal("Ada Lovelace", form["name"]);
        Assert.Equal(["café", "x"], form.GetList("lang"));
    }

    [Theory]
    [MemberData(nameof(UrlDecodingFixtures.Paths), MemberType = typeof(UrlDecodingFixtures))]
    public void Paths_match_werkzeug(string raw, string decoded)
    {
        Assert.Equal(decoded, UrlDecoding.DecodePath(raw));
    }

    [Theory]
    [MemberData(nameof(UrlDecodingFixtures.Queries), MemberType = typeof(UrlDecodingFixtures))]
    public void Queries_match_werkzeug(string query, string[] flattened)
    {
        // Werkzeug's items(multi=True): keys in first-seen order, each with all its values.
        var args = UrlDecoding.ParseQuery(query);
        Assert.Equal(flattened, Flatten(args));
        Assert.Equal(flattened, Flatten(UrlDecoding.ParseForm(Encoding.UTF8.GetBytes(query))));
    }

    private static IEnumerable<string> Flatten(MultiDict<string> dict) =>
        dict.Keys.SelectMany(key => dict.GetList(key).SelectMany(value => new[] { key, value }));
}
