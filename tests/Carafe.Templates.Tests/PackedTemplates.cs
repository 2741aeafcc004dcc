namespace Carafe.Templates.Tests;

/// <summary>
/// Every package of the repository packed into a local feed, as a release packs them (Release, package
/// validation on), and Carafe.Templates installed from it into a template hive of the test's own, as a user
/// installs them from NuGet. Packages restore into a private folder, so a Carafe package cached by an
/// earlier run is never used. Made once for all the tests of the <see cref="PackedTemplatesCollection"/>.
/// </summary>
public sealed class PackedTemplates : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("carafe-templates-");

    /// <summary>Packs every package and installs the templates; fails with the SDK's output when one step does.</summary>
    public PackedTemplates()
    {
        Feed = Directory.CreateDirectory(Path.Combine(_root.FullName, "feed")).FullName;
        Hive = Directory.CreateDirectory(Path.Combine(_root.FullName, "hive")).FullName;
        Packages = Directory.CreateDirectory(Path.Combine(_root.FullName, "packages")).FullName;
        Work = Directory.CreateDirectory(Path.Combine(_root.FullName, "work")).FullName;

        Commit = Repository.HeadCommit();
        // One solution of every packable project: one `dotnet pack`, which builds the shared projects once.
        var solution = Path.Combine(_root.FullName, "Packages.slnx");
        File.WriteAllText(solution, "<Solution>\n" + string.Concat(Repository.PackableProjects().Select(project => $"  <Project Path=\"{project}\" />\n")) + "</Solution>\n");
        var (exitCode, output) = DotnetCli.RunOnRepository(Repository.Root, Packages, Path.Combine(_root.FullName, "build"), "pack", solution, "-c", "Release", "-o", Feed);
        Assert.True(exitCode == 0, $"dotnet pack {solution} exited with {exitCode}:\n{output}");

        Succeed(Work, "new", "install", PackagePath("Carafe.Templates"), "--debug:custom-hive", Hive);
        // The local feed first, then whatever sources this machine already has (for xunit and the like).
        File.WriteAllText(Path.Combine(Work, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="carafe-local" value="{Feed}" />
              </packageSources>
            </configuration>
            """);
    }

    /// <summary>The commit checked out when the packages were packed: the one they name.</summary>
    public string Commit { get; }

    /// <summary>The folder holding the packed <c>.nupkg</c> files.</summary>
    public string Feed { get; }

    /// <summary>The template hive the templates are installed in.</summary>
    public string Hive { get; }

    /// <summary>The private NuGet packages folder.</summary>
    public string Packages { get; }

    /// <summary>Where projects are made from the templates; its <c>nuget.config</c> names the feed.</summary>
    public string Work { get; }

    /// <summary>The packed <c>.nupkg</c> of the package <paramref name="id"/>, at the version its project declares.</summary>
    public string PackagePath(string id)
    {
        var project = Repository.PackableProjects().Single(project => Repository.PackageIdOf(project) == id);
        return Path.Combine(Feed, $"{id}.{Repository.VersionOf(project)}.nupkg");
    }

    /// <summary>Runs <c>dotnet args...</c> in <paramref name="folder"/> and returns its output, failing the test when it fails.</summary>
    public string Succeed(string folder, params string[] args)
    {
        var (exitCode, output) = DotnetCli.Run(folder, Packages, args);
        Assert.True(exitCode == 0, $"dotnet {string.Join(' ', args)} exited with {exitCode}:\n{output}");
        return output;
    }

    /// <inheritdoc/>
    public void Dispose() => _root.Delete(recursive: true);
}
