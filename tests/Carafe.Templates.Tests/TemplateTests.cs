using System.Net;

namespace Carafe.Templates.Tests;

/// <summary>Each template made from the locally packed package, built, and its own tests run, as a new user would.</summary>
[Collection(nameof(PackedTemplatesCollection))]
public class TemplateTests(PackedTemplates templates)
{
    private string Instantiate(string template, string name)
    {
        var output = templates.Succeed(templates.Work, "new", template, "-n", name, "-o", name, "--debug:custom-hive", templates.Hive);
        Assert.Contains("was created successfully.", output);
        return Path.Combine(templates.Work, name);
    }

    private static void AssertAllPassed(string testOutput, int count) =>
        Assert.Matches($@"Passed!\s+-\s+Failed:\s+0, Passed:\s+{count}, Skipped:\s+0, Total:\s+{count}", testOutput);

    // Flaskr's suite is the sample's, which grows: all of it passes, none skipped, and it is not empty.
    private static void AssertAllPassed(string testOutput) =>
        Assert.Matches(@"Passed!\s+-\s+Failed:\s+0, Passed:\s+([1-9][0-9]*), Skipped:\s+0, Total:\s+\1,", testOutput);

    [Fact]
    public void The_carafe_app_template_builds_and_its_tests_pass()
    {
        var project = Instantiate("carafe", "Shop");

        Assert.True(File.Exists(Path.Combine(project, "Shop.slnx")));
        Assert.True(File.Exists(Path.Combine(project, "src", "Shop", "Shop.csproj")));
        Assert.Contains("public static class ShopApp", File.ReadAllText(Path.Combine(project, "src", "Shop", "ShopApp.cs")));
        var settings = File.ReadAllText(Path.Combine(project, "src", "Shop", "appsettings.json"));
        Assert.Matches("\"SECRET_KEY\": \"[0-9a-f]{32}\"", settings);

        AssertAllPassed(templates.Succeed(project, "test", "Shop.slnx"), 4);
    }

    [Fact]
    public void The_extension_template_builds_and_its_suite_loads_it_as_a_plugin()
    {
        var project = Instantiate("carafe-extension", "Greeter");

        var source = File.ReadAllText(Path.Combine(project, "src", "Greeter", "Greeting.cs"));
        Assert.Contains("[assembly: CarafeExtension(typeof(Greeting), \"Greeter\", \"0.1.0\", Supports = \"[0.1, 1.0)\")]", source);

        var output = templates.Succeed(project, "test", "Greeter.slnx");
        AssertAllPassed(output, 4);
        // A drop-in plugin carries neither the contract nor the template engine: the app shares its own.
        var bin = Path.Combine(project, "src", "Greeter", "bin", "Debug", "net10.0");
        Assert.True(File.Exists(Path.Combine(bin, "Greeter.dll")));
        Assert.False(File.Exists(Path.Combine(bin, "Carafe.Abstractions.dll")));
        Assert.False(File.Exists(Path.Combine(bin, "Carafe.Templating.dll")));
        Assert.DoesNotContain("Carafe.Abstractions.dll", File.ReadAllText(Path.Combine(bin, "Greeter.deps.json")));
    }

    [Fact]
    public async Task The_flaskr_template_is_the_sample_renamed_its_tests_pass_and_it_serves_its_front_page()
    {
        // A dotted name: the namespace and the projects take all of it, class names its last part.
        var project = Instantiate("carafe-flaskr", "Acme.Journal");
        var app = Path.Combine(project, "src", "Acme.Journal");

        Assert.True(File.Exists(Path.Combine(project, "Acme.Journal.slnx")));
        Assert.True(File.Exists(Path.Combine(app, "Acme.Journal.csproj")));
        Assert.True(File.Exists(Path.Combine(project, "tests", "Acme.Journal.Tests", "Acme.Journal.Tests.csproj")));
        Assert.False(File.Exists(Path.Combine(project, "tests", "Acme.Journal.Tests", "BrowserTests.cs")));
        var factory = File.ReadAllText(Path.Combine(app, "JournalApp.cs"));
        Assert.Contains("namespace Acme.Journal;", factory);
        Assert.Contains("public static class JournalApp", factory);
        Assert.Contains("app.Services.AddOrm<JournalDb>();", factory);
        Assert.True(File.Exists(Path.Combine(app, "Data", "JournalDb.cs")));
        Assert.True(File.Exists(Path.Combine(project, "tests", "Acme.Journal.Tests", "Support", "TestJournal.cs")));
        var settings = File.ReadAllText(Path.Combine(app, "appsettings.json"));
        Assert.Matches("\"SECRET_KEY\": \"[0-9a-f]{32}\"", settings);
        Assert.Contains("\"SQLALCHEMY_DATABASE_URI\": \"sqlite:///journal.sqlite\"", settings);
        Assert.Contains("<title>{% block title %}{% endblock %} - Acme.Journal</title>", File.ReadAllText(Path.Combine(app, "templates", "base.html")));
        Assert.DoesNotContain("Flaskr", string.Concat(Directory.EnumerateFiles(project, "*", SearchOption.AllDirectories).Select(File.ReadAllText)), StringComparison.OrdinalIgnoreCase);

        AssertAllPassed(templates.Succeed(project, "test", "Acme.Journal.slnx"));

        using var journal = await GeneratedApp.StartAsync(Path.Combine(app, "bin", "Debug", "net10.0", "Acme.Journal.dll"));
        using var front = await journal.Client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, front.StatusCode);
        var page = await front.Content.ReadAsStringAsync();
        Assert.Contains("<h1><a href=\"/\">Acme.Journal</a></h1>", page);
        Assert.Contains("href=\"/auth/register\"", page);
        Assert.Equal(HttpStatusCode.OK, (await journal.Client.GetAsync("/auth/login")).StatusCode);
    }
}
