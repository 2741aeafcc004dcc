using System.Xml.Linq;

namespace Carafe.Templates.Tests;

/// <summary>
/// The templates' own project files against the repository's: carafe-flaskr's sources are samples/Flaskr's
/// and tests/Flaskr.Tests', so its projects must reference, as packages, what the sample's projects
/// reference; and every version a template names is the one the repository builds or pins.
/// </summary>
public class TemplateProjectFilesTests
{
    private static readonly string Templates = Path.Combine(Repository.Root, "templates", "content");
    private static readonly string FlaskrTemplate = Path.Combine(Templates, "carafe-flaskr");

    // The browser test is not packed into the template, and only it uses Playwright.
    private static readonly string[] LeftOutOfTheTemplate = ["Microsoft.Playwright"];

    [Fact]
    public void The_flaskr_app_references_the_packages_of_the_samples_project_references()
    {
        var sample = Path.Combine(Repository.Root, "samples", "Flaskr", "Flaskr.csproj");
        var template = Path.Combine(FlaskrTemplate, "src", "Flaskr", "Flaskr.csproj");

        AssertSamePackages(sample, template);
        Assert.Equal(Attributes(sample, "Content", "Include"), Attributes(template, "Content", "Include"));
    }

    [Fact]
    public void The_flaskr_tests_reference_the_packages_of_the_sample_tests_references()
    {
        var sample = Path.Combine(Repository.Root, "tests", "Flaskr.Tests", "Flaskr.Tests.csproj");
        var template = Path.Combine(FlaskrTemplate, "tests", "Flaskr.Tests", "Flaskr.Tests.csproj");

        AssertSamePackages(sample, template);
        Assert.Equal([@"..\..\src\Flaskr\Flaskr.csproj"], Attributes(template, "ProjectReference", "Include"));
    }

    [Fact]
    public void Every_version_a_template_names_is_the_one_the_repository_builds_or_pins()
    {
        var packable = Repository.PackableProjects().ToDictionary(Repository.PackageIdOf);
        var references = Directory.EnumerateFiles(Templates, "*.csproj", SearchOption.AllDirectories)
            .SelectMany(project => XDocument.Load(project).Descendants("PackageReference")
                .Select(reference => (Project: Path.GetRelativePath(Templates, project), Id: reference.Attribute("Include")!.Value, Version: reference.Attribute("Version")?.Value)))
            .ToList();

        Assert.NotEmpty(references);
        foreach (var (project, id, version) in references)
        {
            var expected = packable.TryGetValue(id, out var source) ? Repository.VersionOf(source) : Repository.CentralVersionOf(id);
            Assert.True(expected == version, $"{project} references {id} {version ?? "(no version)"}; the repository has {expected}.");
        }
    }

    // The sample's project references are the template's package references (by package id), and its package references are too.
    private static void AssertSamePackages(string sample, string template)
    {
        var sampleFolder = Path.GetDirectoryName(sample)!;
        var fromProjects = XDocument.Load(sample).Descendants("ProjectReference")
            .Select(reference => Path.GetFullPath(Path.Combine(sampleFolder, reference.Attribute("Include")!.Value.Replace('\\', '/'))))
            .Where(project => Repository.PackableProjects().Contains(project))
            .Select(Repository.PackageIdOf);
        var expected = fromProjects.Concat(Attributes(sample, "PackageReference", "Include")).Except(LeftOutOfTheTemplate).Order(StringComparer.Ordinal).ToList();
        var actual = Attributes(template, "PackageReference", "Include").Order(StringComparer.Ordinal).ToList();

        Assert.True(expected.SequenceEqual(actual),
            $"{Path.GetRelativePath(Repository.Root, template)} must reference the packages {string.Join(", ", expected)} " +
            $"(what {Path.GetRelativePath(Repository.Root, sample)} references), but references {string.Join(", ", actual)}.");
    }

    private static List<string> Attributes(string project, string element, string attribute) =>
        [.. XDocument.Load(project).Descendants(element).Select(item => item.Attribute(attribute)!.Value)];
}
