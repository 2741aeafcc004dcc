namespace Carafe.Routing;

/// <summary>
/// Werkzeug's <c>Weighting</c> of a dynamic rule part, compared as a Python tuple: parts
/// with more static pieces first, then longer static pieces, then more converters, then
/// lighter converters (int before string before path).
/// </summary>
internal sealed class PartWeight : IComparable<PartWeight>, IEquatable<PartWeight>
{
    private readonly (int Index, int NegativeLength)[] _staticWeights;
    private readonly int[] _converterWeights;

    public PartWeight(IReadOnlyList<string> staticPieces, IReadOnlyList<int> converterWeights)
    {
        _staticWeights = staticPieces.Select((piece, index) => (index, -piece.Length)).ToArray();
        _converterWeights = converterWeights.ToArray();
    }

    public int CompareTo(PartWeight? other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var result = other._staticWeights.Length.CompareTo(_staticWeights.Length);
        if (result == 0)
        {
            result = CompareSequences(_staticWeights, other._staticWeights);
        }
        if (result == 0)
        {
            result = other._converterWeights.Length.CompareTo(_converterWeights.Length);
        }
        return result != 0 ? result : CompareSequences(_converterWeights, other._converterWeights);
    }

    public bool Equals(PartWeight? other) => other is not null && CompareTo(other) == 0;

    public override bool Equals(object? obj) => Equals(obj as PartWeight);

    public override int GetHashCode() => HashCode.Combine(_staticWeights.Length, _converterWeights.Length);

    // Python's list comparison: element by element, then the shorter list first.
    private static int CompareSequences<T>(T[] left, T[] right)
    {
        for (var i = 0; i < Math.Min(left.Length, right.Length); i++)
        {
            var result = Comparer<T>.Default.Compare(left[i], right[i]);
            if (result != 0)
            {
                return result;
            }
        }
        return left.Length.CompareTo(right.Length);
    }
}
