using System.Globalization;

namespace Carafe.Extensions;

/// <summary>
/// A range of versions in NuGet's interval notation: <c>[1.0, 2.0)</c> (brackets include,
/// parentheses exclude, either end may be empty), <c>[1.0]</c> (exactly), or a bare <c>1.0</c>
/// (that version or newer). Missing version parts count as zero.
/// </summary>
internal sealed record VersionRange(Version? Minimum, bool MinimumInclusive, Version? Maximum, bool MaximumInclusive, string Text)
{
    public static VersionRange Parse(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            throw Invalid(text);
        }
        if (trimmed[0] is not ('[' or '('))
        {
            return new VersionRange(ParseVersion(trimmed, text), true, null, false, text);
        }
        var last = trimmed[^1];
        if (last is not (']' or ')'))
        {
            throw Invalid(text);
        }
        var inner = trimmed[1..^1];
        var comma = inner.IndexOf(',');
        if (comma < 0)
        {
            // "[1.0]" is exactly 1.0; "(1.0)" means nothing and is refused.
            if (trimmed[0] != '[' || last != ']')
            {
                throw Invalid(text);
            }
            var exact = ParseVersion(inner, text);
            return new VersionRange(exact, true, exact, true, text);
        }
        var minimum = inner[..comma].Trim();
        var maximum = inner[(comma + 1)..].Trim();
        return new VersionRange(
            minimum.Length == 0 ? null : ParseVersion(minimum, text), trimmed[0] == '[',
            maximum.Length == 0 ? null : ParseVersion(maximum, text), last == ']',
            text);
    }

    public bool Contains(Version version)
    {
        var v = Normalize(version);
        if (Minimum is not null)
        {
            var c = v.CompareTo(Minimum);
            if (c < 0 || (c == 0 && !MinimumInclusive))
            {
                return false;
            }
        }
        if (Maximum is not null)
        {
            var c = v.CompareTo(Maximum);
            if (c > 0 || (c == 0 && !MaximumInclusive))
            {
                return false;
            }
        }
        return true;
    }

    public override string ToString() => Text;

    /// <summary>1.2 as 1.2.0.0, so that 1.2 and 1.2.0 compare equal.</summary>
    public static Version Normalize(Version version) =>
        new(version.Major, version.Minor, Math.Max(version.Build, 0), Math.Max(version.Revision, 0));

    /// <summary>The version as people write it: three parts, and the fourth only when it is not zero.</summary>
    public static string Display(Version version)
    {
        var v = Normalize(version);
        return v.Revision == 0 ? v.ToString(3) : v.ToString(4);
    }

    private static Version ParseVersion(string part, string text)
    {
        var numbers = part.Trim().Split('.');
        if (numbers.Length is < 1 or > 4 || numbers.Any(n => !int.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out _)))
        {
            throw Invalid(text);
        }
        var values = numbers.Select(n => int.Parse(n, CultureInfo.InvariantCulture)).Concat([0, 0, 0]).ToArray();
        return new Version(values[0], values[1], values[2], values[3]);
    }

    private static FormatException Invalid(string text) =>
        new($"'{text}' is not a version range: write [1.0, 2.0), [1.0], (, 2.0] or 1.0.");
}
