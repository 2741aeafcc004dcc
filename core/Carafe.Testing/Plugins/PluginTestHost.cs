namespace Carafe.Testing;

/// <summary>
/// Loads an extension into a test app as a real plugin, from its build output, the way an app
/// loads it from its plugins folder: its own load context, the contract shared. For an
/// extension's own test suite; drive the app with <c>app.TestClient()</c>.
/// </summary>
public static class PluginTestHost
{
    /// <summary>
    /// An app in testing mode whose only extension is the plugin at <paramref name="pluginAssemblyPath"/>
    /// (its <c>.dll</c>, next to its deps.json), loaded strictly: if it fails, starting the app
    /// throws <see cref="Extensions.ExtensionLoadException"/> with the reason.
    /// </summary>
    /// <param name="pluginAssemblyPath">The plugin's dll, such as <c>../../../../src/MyExtension/bin/Debug/net10.0/MyExtension.dll</c>.</param>
    /// <param name="args">The app's command line.</param>
    /// <param name="rootPath">The app's root (templates, static, appsettings.json); the test's base directory by default.</param>
    /// <exception cref="FileNotFoundException">There is no such file: the extension has not been built.</exception>
    public static CarafeApp CreateApp(string pluginAssemblyPath, string[]? args = null, string? rootPath = null)
    {
        var path = Path.GetFullPath(pluginAssemblyPath);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"There is no plugin at {path}: build the extension first (dotnet build).", path);
        }
        var app = new CarafeApp(args, rootPath);
        app.Config["TESTING"] = true;
        var options = app.Extensions.Options;
        options.FindReferenced = false;
        options.PluginsFolder = null;
        options.Strict = true;
        options.PluginAssemblies.Add(path);
        return app;
    }

    /// <summary>
    /// The dll a project next to the test project built with the tests' own configuration and target
    /// framework: what a <c>ProjectReference</c> with <c>ReferenceOutputAssembly="false"</c> builds first.
    /// </summary>
    /// <param name="projectFolder">The project's folder relative to the test project's, such as <c>../MyExtension</c>.</param>
    /// <param name="assemblyName">The assembly's name without <c>.dll</c>, such as <c>MyExtension</c>.</param>
    public static string BuildOutputOf(string projectFolder, string assemblyName)
    {
        // The tests run from <test project>/bin/<Configuration>/<framework>/.
        var output = new DirectoryInfo(AppContext.BaseDirectory);
        var testProject = output.Parent!.Parent!.Parent!.FullName;
        return Path.GetFullPath(Path.Combine(testProject, projectFolder, "bin", output.Parent.Name, output.Name, assemblyName + ".dll"));
    }
}
