namespace Carafe.Routing;

/// <summary>
/// Python's <c>difflib.SequenceMatcher(None, a, b).ratio()</c>, which Werkzeug uses to
/// suggest the endpoint closest to a misspelt one: twice the number of matched characters
/// over the total length, matching the longest common block first, then recursively on
/// either side of it.
/// </summary>
internal static class SequenceSimilarity
{
    public static double Ratio(string a, string b)
    {
        var total = a.Length + b.Length;
        return total == 0 ? 1.0 : 2.0 * MatchedCharacters(a, b) / total;
    }

    private static int MatchedCharacters(string a, string b)
    {
        var positions = IndexPositions(b);
        var matched = 0;
        var pending = new Stack<(int ALow, int AHigh, int BLow, int BHigh)>();
        pending.Push((0, a.Length, 0, b.Length));
        while (pending.Count > 0)
        {
            var (aLow, aHigh, bLow, bHigh) = pending.Pop();
            var (i, j, size) = LongestMatch(a, b, positions, aLow, aHigh, bLow, bHigh);
            if (size == 0)
            {
                continue;
            }
            matched += size;
            if (aLow < i && bLow < j)
            {
                pending.Push((aLow, i, bLow, j));
            }
            if (i + size < aHigh && j + size < bHigh)
            {
                pending.Push((i + size, aHigh, j + size, bHigh));
            }
        }
        return matched;
    }

    // Where each character occurs in b; with 200 or more characters, difflib's "autojunk"
    // drops characters that make up more than 1% of b.
    private static Dictionary<char, List<int>> IndexPositions(string b)
    {
        var positions = new Dictionary<char, List<int>>();
        for (var j = 0; j < b.Length; j++)
        {
            if (!positions.TryGetValue(b[j], out var list))
            {
                positions[b[j]] = list = [];
            }
            list.Add(j);
        }
        if (b.Length >= 200)
        {
            var limit = b.Length / 100 + 1;
            foreach (var popular in positions.Where(p => p.Value.Count > limit).Select(p => p.Key).ToList())
            {
                positions.Remove(popular);
            }
        }
        return positions;
    }

    // difflib's find_longest_match: the longest block, the earliest in a, then in b.
    private static (int I, int J, int Size) LongestMatch(string a, string b, Dictionary<char, List<int>> positions,
        int aLow, int aHigh, int bLow, int bHigh)
    {
        var (bestI, bestJ, bestSize) = (aLow, bLow, 0);
        var lengths = new Dictionary<int, int>();
        for (var i = aLow; i < aHigh; i++)
        {
            var next = new Dictionary<int, int>();
            if (positions.TryGetValue(a[i], out var js))
            {
                foreach (var j in js)
                {
                    if (j < bLow)
                    {
                        continue;
                    }
                    if (j >= bHigh)
                    {
                        break;
                    }
                    var k = next[j] = lengths.GetValueOrDefault(j - 1) + 1;
                    if (k > bestSize)
                    {
                        (bestI, bestJ, bestSize) = (i - k + 1, j - k + 1, k);
                    }
                }
            }
            lengths = next;
        }
        while (bestI > aLow && bestJ > bLow && a[bestI - 1] == b[bestJ - 1])
        {
            (bestI, bestJ, bestSize) = (bestI - 1, bestJ - 1, bestSize + 1);
        }
        while (bestI + bestSize < aHigh && bestJ + bestSize < bHigh && a[bestI + bestSize] == b[bestJ + bestSize])
        {
            bestSize++;
        }
        return (bestI, bestJ, bestSize);
    }
}
