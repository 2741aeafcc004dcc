namespace Carafe.Templating.Tests;

/// <summary>.NET values as template data: objects, records, collections, and the member lookup rule.</summary>
public class DotNetDataTests
{
    public sealed record User(string FirstName, string LastName, int Age)
    {
        public string Greet(string greeting = "Hello", bool shout = false) =>
            shout ? $"{greeting.ToUpperInvariant()}, {FirstName.ToUpperInvariant()}!" : $"{greeting}, {FirstName}!";

        public IEnumerable<string> Tags => ["admin", "dev"];
    }

    public sealed class Counter
    {
        public int Value = 3;
        public string name { get; set; } = "lower";
        public string Name { get; set; } = "Upper";
    }

    private static string Render(string source, object? context) => new Environment().FromString(source).Render(context);

    [Fact]
    public void Anonymous_object_is_the_context()
    {
        Assert.Equal("Hello Ada, 36", Render("Hello {{ name }}, {{ age }}", new { name = "Ada", age = 36 }));
    }

    [Fact]
    public void Snake_case_attribute_finds_a_pascal_case_property()
    {
        var user = new User("Ada", "Lovelace", 36);
        Assert.Equal("Ada Lovelace 36", Render("{{ user.first_name }} {{ user.LastName }} {{ user.age }}", new { user }));
    }

    [Fact]
    public void Exact_name_wins_over_a_case_insensitive_match()
    {
        Assert.Equal("lower Upper 3", Render("{{ c.name }} {{ c.Name }} {{ c.value }}", new { c = new Counter() }));
    }

    [Fact]
    public void Methods_take_positional_and_keyword_arguments()
    {
        var user = new User("Ada", "Lovelace", 36);
        Assert.Equal("Hello, Ada!|Hi, Ada!|HEY, ADA!",
            Render("{{ user.greet() }}|{{ user.greet('Hi') }}|{{ user.greet(greeting='Hey', shout=true) }}", new { user }));
    }

    [Fact]
    public void Enumerables_iterate_and_print_like_python_lists()
    {
        var context = new Dictionary<string, object?>
        {
            ["numbers"] = new List<int> { 1, 2, 3 },
            ["squares"] = Enumerable.Range(1, 3).Select(i => i * i),
            ["user"] = new User("Ada", "Lovelace", 36),
        };
        Assert.Equal("[1, 2, 3] 1,4,9 admin/dev 6",
            new Environment().FromString("{{ numbers }} {{ squares|join(',') }} {{ user.tags|join('/') }} {{ numbers|sum }}").Render(context));
    }

    [Fact]
    public void Dictionaries_of_any_type_are_mappings()
    {
        var prices = new Dictionary<string, decimal> { ["tea"] = 2.5m, ["cake"] = 4m };
        Assert.Equal("cake=4.0 tea=2.5 | 2.5",
            Render("{% for k, v in prices|dictsort %}{{ k }}={{ v }} {% endfor %}| {{ prices.tea }}", new { prices }));
    }

    [Fact]
    public void Missing_member_is_undefined_and_named_in_the_error()
    {
        var user = new User("Ada", "Lovelace", 36);
        Assert.Equal("[]", Render("[{{ user.nickname }}]", new { user }));
        var error = Assert.Throws<UndefinedException>(() => Render("{{ user.nickname.first }}", new { user }));
        Assert.Equal("'User object' has no attribute 'nickname'", error.Message);
    }

    [Fact]
    public void Reflection_is_not_reachable()
    {
        Assert.Equal("[]", Render("[{{ user.get_type }}]", new { user = new User("Ada", "Lovelace", 36) }));
    }

    [Fact]
    public void Dotnet_tuples_unpack_index_and_print_like_python_tuples()
    {
        var messages = new List<(string, string)> { ("error", "Bad input"), ("info", "Saved") };
        Assert.Equal("error: Bad input; info: Saved; Saved ('error', 'Bad input') 2",
            Render("{% for category, message in messages %}{{ category }}: {{ message }}; {% endfor %}{{ messages[1][1] }} {{ messages[0] }} {{ messages[0]|length }}", new { messages }));
    }

    [Fact]
    public void Expando_objects_are_mappings()
    {
        dynamic page = new System.Dynamic.ExpandoObject();
        page.title = "Home";
        page.views = 3;
        Assert.Equal("Home 3 title,views", Render("{{ page.title }} {{ page['views'] }} {{ page|join(',') }}", new { page = (object)page }));
    }

    /// <summary>A read-only mapping of the kind a web framework exposes for query strings and forms.</summary>
    private sealed class QueryValues(Dictionary<string, string> values) : IReadOnlyDictionary<string, string>
    {
        public string this[string key] => values[key];
        public IEnumerable<string> Keys => values.Keys;
        public IEnumerable<string> Values => values.Values;
        public int Count => values.Count;
        public bool ContainsKey(string key) => values.ContainsKey(key);
        public bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
        public IEnumerator<KeyValuePair<string, string>> GetEnumerator() => values.GetEnumerator();
        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    [Fact]
    public void Generic_read_only_dictionaries_are_mappings()
    {
        var args = new QueryValues(new() { ["q"] = "tea", ["page"] = "2" });
        Assert.Equal("tea tea 2 | missing | q=tea;page=2; | True | {'q': 'tea', 'page': '2'} | page,q",
            Render("{{ args.q }} {{ args['q'] }} {{ args.get('page') }} | {{ args.get('x', 'missing') }} | "
                + "{% for k, v in args.items() %}{{ k }}={{ v }};{% endfor %} | {{ 'q' in args }} | {{ args }} | {{ args|sort|join(',') }}", new { args }));
    }

    [Fact]
    public void Key_value_pairs_unpack_like_python_pairs()
    {
        IEnumerable<KeyValuePair<string, int>> counts = [new("a", 1), new("b", 2)];
        Assert.Equal("a1 b2 ('a', 1) a", Render("{% for k, v in counts %}{{ k }}{{ v }} {% endfor %}{{ counts|first }} {{ (counts|first)[0] }}", new { counts }));
    }
}
