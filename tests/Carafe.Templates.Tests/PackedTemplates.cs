namespace Carafe.Templates.Tests;

/// <summary>
/// The repository's packages packed into a local feed, and Carafe.Templates installed from it
/// into a template hive of the test's own, as a user installs them from NuGet. Packages restore
/// into a private folder, so a Carafe package cached by an earlier run is never used.
/// </summary>
public sealed class PackedTemplates : IDisposable
{
    private static readonly string[] Packed =
    [
        "core/Carafe.Abstractions/Carafe.Abstractions.csproj",
        "core/Carafe.Templating/Carafe.Templating.csproj",
        "core/Carafe/Carafe.csproj",
        "core/Carafe.Testing/Carafe.Testing.csproj",
        "templates/Carafe.Templates.csproj",
    ];

    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("carafe-templates-");

    /// <summary>Packs every package and installs the templates; fails with the SDK's output when one step does.</summary>
    public PackedTemplates()
    {
        var repository = RepositoryRoot();
        Feed = Directory.CreateDirectory(Path.Combine(_root.FullName, "feed")).FullName;
        Hive = Directory.CreateDirectory(Path.Combine(_root.FullName, "hive")).FullName;
        Packages = Directory.CreateDirectory(Path.Combine(_root.FullName, "packages")).FullName;
        Work = Directory.CreateDirectory(Path.Combine(_root.FullName, "work")).FullName;

        foreach (var project in Packed)
        {
            Succeed(repository, "pack", Path.Combine(repository, project), "-c", "Release", "-o", Feed);
        }
        Succeed(Work, "new", "install", Path.Combine(Feed, "Carafe.Templates.0.1.0.nupkg"), "--debug:custom-hive", Hive);
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

    /// <summary>The folder holding the packed <c>.nupkg</c> files.</summary>
    public string Feed { get; }

    /// <summary>The template hive the templates are installed in.</summary>
    public string Hive { get; }

    /// <summary>The private NuGet packages folder.</summary>
    public string Packages { get; }

    /// <summary>Where projects are made from the templates; its <c>nuget.config</c> names the feed.</summary>
    public string Work { get; }

    /// <summary>Runs <c>dotnet args...</c> in <paramref name="folder"/> and returns its output, failing the test when it fails.</summary>
    public string Succeed(string folder, params string[] args)
    {
        var (exitCode, output) = DotnetCli.Run(folder, Packages, args);
        Assert.True(exitCode == 0, $"dotnet {string.Join(' ', args)} exited with {exitCode}:\n{output}");
        return output;
    }

    /// <inheritdoc/>
    public void Dispose() => _root.Delete(recursive: true);

    private static string RepositoryRoot()
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
