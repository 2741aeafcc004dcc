using System.Collections;
using Carafe.Templating.Values;

namespace Carafe.Templating.Globals;

/// <summary>Python's <c>range</c>: a lazy sequence of integers that prints as <c>range(0, 3)</c>.</summary>
internal sealed class PyRange : IList, IReadOnlyList<object?>
{
    private readonly long _start, _step;

    public PyRange(long start, long stop, long step)
    {
        if (step == 0) throw new TemplateRuntimeException("range() arg 3 must not be zero");
        (_start, Stop, _step) = (start, stop, step);
        long span = step > 0 ? stop - start : start - stop;
        long magnitude = Math.Abs(step);
        Count = span <= 0 ? 0 : (int)Math.Min(int.MaxValue, (span + magnitude - 1) / magnitude);
    }

    public long Stop { get; }
    public int Count { get; }
    public object? this[int index] { get => _start + index * _step; set => throw new NotSupportedException(); }

    public IEnumerator<object?> GetEnumerator()
    {
        for (int i = 0; i < Count; i++) yield return _start + i * _step;
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    bool IList.IsFixedSize => true;
    bool IList.IsReadOnly => true;
    bool ICollection.IsSynchronized => false;
    object ICollection.SyncRoot => this;
    int IList.Add(object? value) => throw new NotSupportedException();
    void IList.Clear() => throw new NotSupportedException();
    bool IList.Contains(object? value) => ((IList)this).IndexOf(value) >= 0;
    int IList.IndexOf(object? value)
    {
        for (int i = 0; i < Count; i++)
            if (PyEquality.Equal(this[i], value)) return i;
        return -1;
    }
    void IList.Insert(int index, object? value) => throw new NotSupportedException();
    void IList.Remove(object? value) => throw new NotSupportedException();
    void IList.RemoveAt(int index) => throw new NotSupportedException();
    void ICollection.CopyTo(Array array, int index)
    {
        for (int i = 0; i < Count; i++) array.SetValue(this[i], index + i);
    }

    public override string ToString() => _step == 1 ? $"range({_start}, {Stop})" : $"range({_start}, {Stop}, {_step})";
}
