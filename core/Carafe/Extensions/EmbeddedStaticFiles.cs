using System.Reflection;
using Carafe.Http;

namespace Carafe.Extensions;

/// <summary>
/// Static files an extension embeds in its assembly: <c>css/hello.css</c> is the resource
/// <c>{baseName}.css.hello.css</c>, the compiler's naming for <c>EmbeddedResource</c> items.
/// </summary>
internal sealed class EmbeddedStaticFiles(Assembly assembly, string baseName)
{
    private readonly HashSet<string> _resources = [.. assembly.GetManifestResourceNames()];

    public Response Send(string filename)
    {
        var resource = baseName.TrimEnd('.') + "." + filename.Replace('/', '.');
        if (filename.Split('/').Contains("..") || !_resources.Contains(resource))
        {
            throw Helpers.Abort(404);
        }
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return new Response(buffer.ToArray(), mimetype: MimeTypes.FromFileName(filename) ?? "application/octet-stream");
    }
}
