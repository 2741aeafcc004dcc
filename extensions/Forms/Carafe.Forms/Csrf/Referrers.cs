namespace Carafe.Forms;

/// <summary>Flask-WTF's <c>same_origin</c>: scheme, host name and port of two URLs are equal.</summary>
internal static class Referrers
{
    public static bool SameOrigin(string current, string compare) =>
        Uri.TryCreate(current, UriKind.Absolute, out var a) && Uri.TryCreate(compare, UriKind.Absolute, out var b)
        && a.Scheme == b.Scheme && string.Equals(a.Host, b.Host, StringComparison.OrdinalIgnoreCase) && a.Port == b.Port;
}
