using System.Xml.Linq;

namespace Carafe.Templates.Tests;

/// <summary>The repository the tests run from: its folder, its commit and what its project files declare.</summary>
internal static class Repository
{
    /// <summary>The folder holding Framework.sln, above the test's build output.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The projects <c>dotnet pack</c> makes packages of: every project under core/ and extensions/ not marked unpackable, and the templates.</summary>
    public static IReadOnlyList<string> PackableProjects() =>
    [
        .. new[] { "core", "extensions" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(Root, folder), "*.csproj", SearchOption.AllDirectories))
            .Where(project => !File.ReadAllText(project).Contains("<IsPackable>false</IsPackable>", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal),
        Path.Combine(Root, "templates", "Carafe.Templates.csproj"),
    ];

    /// <summary>The commit checked out, as <c>git rev-parse HEAD</c> prints it.</summary>
    public static string HeadCommit()
    {
        var (exitCode, output) = DotnetCli.RunProgram("git", Root, ["rev-parse", "HEAD"]);
        Assert.True(exitCode == 0, "git rev-parse HEAD failed: the package tests need the repository's git history.\n" + output);
        return output.Trim();
    }

    /// <summary>A project's <c>&lt;Version&gt;</c>, else the one Directory.Build.props gives every project.</summary>
    public static string VersionOf(string project) =>
        Property(project, "Version") ?? Property(Path.Combine(Root, "Directory.Build.props"), "Version")
        ?? throw new InvalidOperationException($"Neither {project} nor Directory.Build.props sets <Version>.");

    /// <summary>The package id a project packs as: its <c>&lt;PackageId&gt;</c>, else its file name.</summary>
    public static string PackageIdOf(string project) => Property(project, "PackageId") ?? Path.GetFileNameWithoutExtension(project);

    /// <summary>The version Directory.Packages.props pins <paramref name="package"/> to.</summary>
    public static string CentralVersionOf(string package) =>
        XDocument.Load(Path.Combine(Root, "Directory.Packages.props")).Descendants("PackageVersion")
            .SingleOrDefault(version => (string?)version.Attribute("Include") == package)?.Attribute("Version")?.Value
        ?? throw new InvalidOperationException($"Directory.Packages.props has no <PackageVersion Include=\"{package}\">.");

    private static string? Property(string project, string name) =>
        XDocument.Load(project).Descendants(name).Select(element => element.Value).FirstOrDefault();

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Framework.sln")))
            {
                return folder.FullName;
            }
        }
        throw new InvalidOperationException($"No Framework.sln above {AppContext.BaseDirectory}: the tests must run from the repository.");
    }
}
