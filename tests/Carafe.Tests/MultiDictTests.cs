namespace Carafe.Tests;

public class MultiDictTests
{
    [Fact]
    public void Keeps_every_value_in_order_and_answers_the_first()
    {
        var dict = new MultiDict<string>();
        dict.Add("a", "1");
        dict.Add("b", " x");
        dict.Add("a", "2");

        Assert.Equal("1", dict["a"]);
        Assert.Equal(["1", "2"], dict.GetList("a"));
        Assert.Equal(2, dict.Count);
        Assert.Equal(new Dictionary<string, string> { ["a"] = "1", ["b"] = " x" }, dict.ToDictionary());
        Assert.Equal(["a=1", "b= x", "a=2"], dict.Select(p => $"{p.Key}={p.Value}"));
    }

    [Fact]
    public void Missing_key_through_the_indexer_is_a_bad_request()
    {
        var ex = Assert.Throws<BadRequestKeyException>(() => new MultiDict<string>()["name"]);
        Assert.Equal(400, ex.StatusCode);
        Assert.Equal("name", ex.Key);
    }

    [Fact]
    public void Typed_get_falls_back_to_the_default_when_not_convertible()
    {
        var dict = new MultiDict<string>();
        dict.Add("page", "abc");
        dict.Add("n", "007");

        Assert.Equal(1, dict.Get("page", 1));
        Assert.Equal(7, dict.Get("n", 1));
        Assert.Equal(5, dict.Get("missing", 5));
        Assert.Null(dict.Get("missing"));
    }
}
