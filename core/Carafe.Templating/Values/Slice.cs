namespace Carafe.Templating.Values;

/// <summary>Python's <c>slice(start, stop, step)</c>, applied to strings, lists and tuples.</summary>
internal sealed record Slice(object? Start, object? Stop, object? Step)
{
    /// <summary>The indices the slice selects from a sequence of <paramref name="length"/> items, as Python computes them.</summary>
    public IEnumerable<int> Indices(int length)
    {
        long step = Step is null ? 1 : PyNumber.TryGetInteger(Step, out long s) ? s : throw NotInteger();
        if (step == 0) throw new TemplateRuntimeException("slice step cannot be zero");
        long lower = step > 0 ? 0 : -1, upper = step > 0 ? length : length - 1;
        long start = Start is null ? (step > 0 ? lower : upper) : Clamp(Start, length, lower, upper);
        long stop = Stop is null ? (step > 0 ? upper : lower) : Clamp(Stop, length, lower, upper);
        if (step > 0)
            for (long i = start; i < stop; i += step) yield return (int)i;
        else
            for (long i = start; i > stop; i += step) yield return (int)i;
    }

    private static long Clamp(object value, int length, long lower, long upper)
    {
        if (!PyNumber.TryGetInteger(value, out long i)) throw NotInteger();
        if (i < 0) i += length;
        return Math.Clamp(i, lower, upper);
    }

    private static TemplateRuntimeException NotInteger() =>
        new("slice indices must be integers or None or have an __index__ method");
}
