namespace Carafe.Templates.Tests;

/// <summary>Each template made from the locally packed package, built, and its own tests run, as a new user would.</summary>
public class TemplateTests(PackedTemplates templates) : IClassFixture<PackedTemplates>
{
    private string Instantiate(string template, string name)
    {
        var output = templates.Succeed(templates.Work, "new", template, "-n", name, "-o", name, "--debug:custom-hive", templates.Hive);
        Assert.Contains("was created successfully.", output);
        return Path.Combine(templates.Work, name);
    }

    private static void AssertAllPassed(string testOutput, int count) =>
        Assert.Matches($@"Passed!\s+-\s+Failed:\s+0, Passed:\s+{count}, Skipped:\s+0, Total:\s+{count}", testOutput);

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
}
