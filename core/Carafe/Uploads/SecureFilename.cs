using System.Text;

namespace Carafe.Uploads;

/// <summary>
/// Werkzeug's <c>secure_filename</c> as it behaves on Linux: a name safe to join to an upload
/// folder, ASCII only, never a path, possibly empty (the caller must then pick another name).
/// Windows device names (<c>CON</c>, <c>NUL</c>, ...) are left alone, as Werkzeug does off Windows.
/// </summary>
internal static class SecureFilename
{
    /// <summary>Returns the secured form of <paramref name="filename"/>: <c>../../etc/passwd</c> gives <c>etc_passwd</c>.</summary>
    public static string Apply(string filename)
    {
        // NFKD splits "ü" into "u" + a combining mark, which the ASCII filter below then drops.
        var decomposed = filename.Normalize(NormalizationForm.FormKD);

        // Python's str.split() on the ASCII-only text: runs of whitespace become one "_",
        // leading and trailing whitespace disappears. "/" counts as whitespace (os.sep).
        var joined = new StringBuilder(decomposed.Length);
        var pendingSeparator = false;
        foreach (var c in decomposed)
        {
            if (c > 0x7F)
            {
                continue;
            }
            if (IsPythonWhitespace(c) || c == '/')
            {
                pendingSeparator = joined.Length > 0;
                continue;
            }
            if (pendingSeparator)
            {
                joined.Append('_');
                pendingSeparator = false;
            }
            if (char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '-')
            {
                joined.Append(c);
            }
        }
        return joined.ToString().Trim('.', '_');
    }

    // str.isspace() for ASCII: the usual whitespace plus the four information separators.
    private static bool IsPythonWhitespace(char c) => c is ' ' or (>= '\t' and <= '\r') or (>= '\x1c' and <= '\x1f');
}
