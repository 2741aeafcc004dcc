using System.Text;
using Carafe.Forms.Binding;

namespace Carafe.Forms.Tests.Support;

/// <summary>Forms bound without a request: submitted data as a browser sends it (text, lists of text, files), or an object.</summary>
internal static class FormBinding
{
    public static Form<T> Bind<T>(Dictionary<string, object>? submitted = null, T? obj = null, string prefix = "") where T : class =>
        new(submitted is null ? null : Data(submitted), obj, null, "csrf_token", prefix, null, null);

    public static FormData Data(Dictionary<string, object> submitted)
    {
        var data = new FormData();
        foreach (var (name, value) in submitted)
        {
            foreach (var item in value is object[] items ? items : new[] { value })
            {
                data.Add(name, item);
            }
        }
        return data;
    }

    public static FileStorage Upload(string name, string filename, int size) => new Upload(name, filename, new string('x', size));
}

/// <summary>An uploaded file held in memory.</summary>
internal sealed class Upload(string name, string filename, string content) : FileStorage
{
    public override string Name => name;

    public override string Filename => filename;

    public override string ContentType => "application/octet-stream";

    public override long Length => Encoding.UTF8.GetByteCount(content);

    public override Stream OpenReadStream() => new MemoryStream(Encoding.UTF8.GetBytes(content));
}
