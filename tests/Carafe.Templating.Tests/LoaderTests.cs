namespace Carafe.Templating.Tests;

/// <summary>Where templates come from: dictionaries, folders, functions, prefixes, choices and assemblies.</summary>
public class LoaderTests
{
    [Fact]
    public void Dict_loader_serves_templates_by_name()
    {
        var environment = new Environment { Loader = new DictLoader(new Dictionary<string, string> { ["a.html"] = "A{{ x }}" }) };
        Assert.Equal("A1", environment.GetTemplate("a.html").Render(new { x = 1 }));
        Assert.Equal("a.html", environment.GetTemplate("a.html").Name);
    }

    [Fact]
    public void Missing_template_raises_template_not_found()
    {
        var environment = new Environment { Loader = new DictLoader(new Dictionary<string, string>()) };
        var error = Assert.Throws<TemplateNotFoundException>(() => environment.GetTemplate("nope.html"));
        Assert.Equal("nope.html", error.TemplateName);
    }

    [Fact]
    public void Select_template_takes_the_first_that_exists()
    {
        var environment = new Environment { Loader = new DictLoader(new Dictionary<string, string> { ["b"] = "B" }) };
        Assert.Equal("B", environment.SelectTemplate(["a", "b"]).Render());
        var error = Assert.Throws<TemplatesNotFoundException>(() => environment.SelectTemplate(["x", "y"]));
        Assert.Equal(["x", "y"], error.Names);
    }

    [Fact]
    public void File_system_loader_searches_folders_in_order_and_reloads_changed_files()
    {
        var first = Directory.CreateTempSubdirectory("carafe-templates-");
        var second = Directory.CreateTempSubdirectory("carafe-templates-");
        try
        {
            Directory.CreateDirectory(Path.Combine(second.FullName, "pages"));
            File.WriteAllText(Path.Combine(first.FullName, "base.html"), "first");
            File.WriteAllText(Path.Combine(second.FullName, "base.html"), "second");
            var page = Path.Combine(second.FullName, "pages", "home.html");
            File.WriteAllText(page, "{% extends 'base.html' %}");
            var environment = new Environment { Loader = new FileSystemLoader(first.FullName, second.FullName) };

            Assert.Equal("first", environment.GetTemplate("pages/home.html").Render());
            Assert.Equal(page, environment.GetTemplate("pages/home.html").FileName);

            File.WriteAllText(page, "changed");
            File.SetLastWriteTimeUtc(page, DateTime.UtcNow.AddMinutes(1));
            Assert.Equal("changed", environment.GetTemplate("pages/home.html").Render());
            Assert.Throws<TemplateNotFoundException>(() => environment.GetTemplate("../" + first.Name + "/base.html"));
        }
        finally
        {
            first.Delete(recursive: true);
            second.Delete(recursive: true);
        }
    }

    [Fact]
    public void Choice_prefix_and_function_loaders_compose()
    {
        var admin = new DictLoader(new Dictionary<string, string> { ["index.html"] = "admin index" });
        var loader = new ChoiceLoader([
            new PrefixLoader(new Dictionary<string, ITemplateLoader> { ["admin"] = admin }),
            new FunctionLoader(name => name == "generated.html" ? "generated" : null),
        ]);
        var environment = new Environment { Loader = loader };
        Assert.Equal("admin index", environment.GetTemplate("admin/index.html").Render());
        Assert.Equal("generated", environment.GetTemplate("generated.html").Render());
        Assert.Throws<TemplateNotFoundException>(() => environment.GetTemplate("other/index.html"));
    }

    [Fact]
    public void Embedded_resource_loader_reads_templates_shipped_in_an_assembly()
    {
        var loader = new EmbeddedResourceLoader(typeof(LoaderTests).Assembly, "Carafe.Templating.Tests.Templates");
        var environment = new Environment { Loader = loader };
        Assert.Equal("Welcome, Ada!", environment.GetTemplate("mail/welcome.html").Render(new { name = "Ada" }));
        Assert.Throws<TemplateNotFoundException>(() => environment.GetTemplate("mail/missing.html"));
    }

    [Fact]
    public void Cache_is_bounded_and_still_serves_every_template()
    {
        var templates = Enumerable.Range(0, 10).ToDictionary(i => $"t{i}", i => $"T{i}");
        var environment = new Environment { Loader = new DictLoader(templates), CacheSize = 2 };
        for (int round = 0; round < 2; round++)
            for (int i = 0; i < 10; i++)
                Assert.Equal($"T{i}", environment.GetTemplate($"t{i}").Render());
    }

    [Fact]
    public void Cached_template_is_the_same_instance()
    {
        var environment = new Environment { Loader = new DictLoader(new Dictionary<string, string> { ["a"] = "A" }) };
        Assert.Same(environment.GetTemplate("a"), environment.GetTemplate("a"));
    }

    [Fact]
    public void Join_path_resolves_names_relative_to_the_including_template()
    {
        var environment = new Environment
        {
            Loader = new DictLoader(new Dictionary<string, string> { ["admin/page.html"] = "{% include 'part.html' %}", ["admin/part.html"] = "admin part" }),
            JoinPath = (name, parent) => parent.Contains('/') ? parent[..(parent.LastIndexOf('/') + 1)] + name : name,
        };
        Assert.Equal("admin part", environment.GetTemplate("admin/page.html").Render());
    }
}
