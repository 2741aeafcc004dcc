namespace Carafe.Orm.Tests.Support;

/// <summary>A folder of its own for a test's app root, instance folder and SQLite files, deleted afterwards.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("carafe-orm-").FullName;

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
