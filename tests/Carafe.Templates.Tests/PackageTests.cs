using System.IO.Compression;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;

namespace Carafe.Templates.Tests;

/// <summary>
/// What <c>dotnet pack</c> puts in every package (packed with package validation on): its own version, its
/// README, the repository and commit it was built from, and an embedded PDB whose SourceLink map sends a
/// debugger to that commit's sources.
/// </summary>
[Collection(nameof(PackedTemplatesCollection))]
public class PackageTests(PackedTemplates packages)
{
    // The kinds of custom debug information a portable PDB carries SourceLink and embedded sources as.
    private static readonly Guid SourceLinkKind = new("CC110556-A091-4D38-9FEC-25AB9A351A6A");
    private static readonly Guid EmbeddedSourceKind = new("0E8A571B-6926-466E-B4AD-8AB04611F5FE");

    private static readonly string RepositoryUrl =
        XDocument.Load(Path.Combine(Repository.Root, "Directory.Build.props")).Descendants("RepositoryUrl").Single().Value;

    public static TheoryData<string> Projects() => [.. Repository.PackableProjects().Select(project => Path.GetRelativePath(Repository.Root, project))];

    [Theory]
    [MemberData(nameof(Projects))]
    public void The_package_names_its_version_readme_repository_and_commit(string project)
    {
        var id = Repository.PackageIdOf(Path.Combine(Repository.Root, project));
        using var package = ZipFile.OpenRead(packages.PackagePath(id));

        var metadata = Nuspec(package, id);
        Assert.Equal(Repository.VersionOf(Path.Combine(Repository.Root, project)), Element(metadata, "version").Value);
        Assert.Equal("README.md", Element(metadata, "readme").Value);
        Assert.NotNull(package.GetEntry("README.md"));
        var repository = Element(metadata, "repository");
        Assert.Equal("git", repository.Attribute("type")?.Value);
        Assert.Equal(RepositoryUrl, repository.Attribute("url")?.Value);
        Assert.Equal(packages.Commit, repository.Attribute("commit")?.Value);
    }

    [Theory]
    [MemberData(nameof(Projects))]
    public void The_assembly_embeds_its_pdb_with_sourcelink_to_the_commit(string project)
    {
        var id = Repository.PackageIdOf(Path.Combine(Repository.Root, project));
        using var package = ZipFile.OpenRead(packages.PackagePath(id));
        var assemblies = package.Entries.Where(entry => entry.FullName.StartsWith("lib/", StringComparison.Ordinal) && entry.Name.EndsWith(".dll", StringComparison.Ordinal)).ToList();
        if (id == "Carafe.Templates")
        {
            Assert.Empty(assemblies);   // templates only: no code, so nothing to link
            return;
        }

        using var assembly = new MemoryStream();
        using (var entry = Assert.Single(assemblies).Open())
        {
            entry.CopyTo(assembly);
        }
        assembly.Position = 0;
        using var pe = new PEReader(assembly);
        var embedded = pe.ReadDebugDirectory().Single(entry => entry.Type == DebugDirectoryEntryType.EmbeddedPortablePdb);
        using var pdbProvider = pe.ReadEmbeddedPortablePdbDebugDirectoryData(embedded);
        var pdb = pdbProvider.GetMetadataReader();
        var debugInformation = pdb.CustomDebugInformation.Select(pdb.GetCustomDebugInformation).ToList();

        var sourceLink = debugInformation.Single(information => pdb.GetGuid(information.Kind) == SourceLinkKind);
        using var map = JsonDocument.Parse(pdb.GetBlobBytes(sourceLink.Value));
        var target = Assert.Single(map.RootElement.GetProperty("documents").EnumerateObject());
        var rawUrl = RepositoryUrl.Replace("https://github.com/", "https://raw.githubusercontent.com/", StringComparison.Ordinal);
        Assert.Equal($"{rawUrl}/{packages.Commit}/*", target.Value.GetString());

        // Generated sources (under obj/, not in git) are embedded, since SourceLink cannot fetch them.
        var embeddedDocuments = debugInformation
            .Where(information => pdb.GetGuid(information.Kind) == EmbeddedSourceKind && information.Parent.Kind == HandleKind.Document)
            .Select(information => pdb.GetString(pdb.GetDocument((DocumentHandle)information.Parent).Name));
        Assert.Contains(embeddedDocuments, document => document.Contains("/obj/", StringComparison.Ordinal));
    }

    private static XElement Nuspec(ZipArchive package, string id)
    {
        using var stream = package.GetEntry($"{id}.nuspec")!.Open();
        return XDocument.Load(stream).Root!.Elements().Single(element => element.Name.LocalName == "metadata");
    }

    private static XElement Element(XElement metadata, string name) =>
        metadata.Elements().SingleOrDefault(element => element.Name.LocalName == name)
        ?? throw new Xunit.Sdk.XunitException($"The nuspec has no <{name}>:\n{metadata}");
}
