using System.Reflection;

namespace Carafe.Templating;

/// <summary>
/// Templates embedded in an assembly, the way extensions ship theirs: the template <c>mail/welcome.html</c> is the
/// resource <c>{baseName}.mail.welcome.html</c> (the compiler's naming for <c>EmbeddedResource</c> items), or a
/// resource whose logical name is exactly the template name.
/// </summary>
public sealed class EmbeddedResourceLoader : ITemplateLoader
{
    private readonly Assembly _assembly;
    private readonly string _baseName;
    private readonly HashSet<string> _resources;

    /// <summary>Creates the loader for <paramref name="assembly"/>'s resources under <paramref name="baseName"/> (such as <c>MyExtension.templates</c>).</summary>
    public EmbeddedResourceLoader(Assembly assembly, string baseName)
    {
        _assembly = assembly;
        _baseName = baseName.TrimEnd('.');
        _resources = [.. assembly.GetManifestResourceNames()];
    }

    /// <inheritdoc/>
    public TemplateSource? GetSource(string name)
    {
        if (name.Split('/').Contains("..")) return null;
        string[] candidates = [name, _baseName + "." + name.Replace('/', '.'), _baseName + "." + name.Replace('/', '.').Replace('-', '_')];
        foreach (var resource in candidates)
        {
            if (!_resources.Contains(resource)) continue;
            using var stream = _assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            return new TemplateSource(reader.ReadToEnd(), resource);
        }
        return null;
    }
}
