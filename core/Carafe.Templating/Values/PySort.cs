namespace Carafe.Templating.Values;

/// <summary>
/// A stable merge sort, as Python's <c>sorted</c> is stable. Unlike <see cref="List{T}.Sort(Comparison{T})"/> it lets
/// a comparison's exception (Python's "'&lt;' not supported between ...") through unwrapped.
/// </summary>
internal static class PySort
{
    public static List<T> Sorted<T>(IEnumerable<T> items, Comparison<T> compare)
    {
        var array = items.ToArray();
        var buffer = new T[array.Length];
        Sort(array, buffer, 0, array.Length, compare);
        return [.. array];
    }

    private static void Sort<T>(T[] items, T[] buffer, int start, int end, Comparison<T> compare)
    {
        if (end - start < 2) return;
        int middle = (start + end) / 2;
        Sort(items, buffer, start, middle, compare);
        Sort(items, buffer, middle, end, compare);
        int left = start, right = middle, k = start;
        while (left < middle && right < end)
            buffer[k++] = compare(items[right], items[left]) < 0 ? items[right++] : items[left++];
        while (left < middle) buffer[k++] = items[left++];
        while (right < end) buffer[k++] = items[right++];
        Array.Copy(buffer, start, items, start, end - start);
    }
}
