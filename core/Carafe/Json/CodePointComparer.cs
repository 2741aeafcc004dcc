namespace Carafe.Json;

/// <summary>
/// Orders strings by Unicode code point, as Python compares <c>str</c>; ordinal UTF-16 order
/// differs only where characters beyond U+FFFF meet characters from U+E000 to U+FFFF.
/// </summary>
internal sealed class CodePointComparer : IComparer<string>
{
    /// <summary>The shared instance.</summary>
    public static readonly CodePointComparer Instance = new();

    /// <inheritdoc/>
    public int Compare(string? x, string? y)
    {
        if (x is null || y is null)
        {
            return x is null ? (y is null ? 0 : -1) : 1;
        }
        var length = Math.Min(x.Length, y.Length);
        for (var i = 0; i < length; i++)
        {
            if (x[i] != y[i])
            {
                return Weight(x[i]).CompareTo(Weight(y[i]));
            }
        }
        return x.Length.CompareTo(y.Length);
    }

    // Surrogates (which encode code points above U+FFFF) must sort after every other UTF-16 unit.
    private static int Weight(char c) => char.IsSurrogate(c) ? c + 0x10000 : c;
}
