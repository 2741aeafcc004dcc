using System.Collections;
using Carafe.Templating.Values;

namespace Carafe.Templating.Runtime;

/// <summary>
/// Jinja's <c>getattr</c> and <c>getitem</c>: <c>obj.name</c> tries an attribute (a Python method of str, list or
/// dict, a runtime object's attribute, a .NET member) and then an item; <c>obj[key]</c> tries an item, then an
/// attribute. What neither finds is undefined, explaining what was missing.
/// </summary>
internal static class Attributes
{
    public static object? GetAttribute(RenderContext context, object? target, string name)
    {
        if (target is Undefined u) return u.Behavior == UndefinedBehavior.Chainable ? u : throw u.Fail();
        if (context.Environment.Sandbox is not null && name.StartsWith('_'))
            throw new SecurityException($"access to attribute {PyFormat.Repr(name)} of {PyFormat.Repr(PyFormat.TypeName(target))} object is unsafe.");
        if (TryGetAttribute(context, target, name, out var value)) return value;
        if (TryGetEntry(target, name, out value)) return value;
        return context.MissingAttribute(target, name);
    }

    /// <summary>True for values whose attributes can only be .NET members (not mappings, sequences, strings, numbers).</summary>
    public static bool IsPlainObject(object? target) =>
        target is not (null or IAttributeSource or string or Markup or IDictionary or IList or Undefined
            or System.Runtime.CompilerServices.ITuple) && !PyNumber.IsNumber(target) && GenericMapping.AsMapping(target) is null;

    /// <summary>Jinja's <c>attr</c> filter: the attribute only, never an item.</summary>
    public static object? GetAttributeOnly(RenderContext context, object? target, string name)
    {
        if (target is Undefined u) return u.Behavior == UndefinedBehavior.Chainable ? u : throw u.Fail();
        if (context.Environment.Sandbox is not null && name.StartsWith('_'))
            throw new SecurityException($"access to attribute {PyFormat.Repr(name)} of {PyFormat.Repr(PyFormat.TypeName(target))} object is unsafe.");
        return TryGetAttribute(context, target, name, out var value) ? value : context.MissingAttribute(target, name);
    }

    public static object? GetItem(RenderContext context, object? target, object? key)
    {
        if (target is Undefined u) return u.Behavior == UndefinedBehavior.Chainable ? u : throw u.Fail();
        if (key is Slice slice) return SliceOf(target, slice);
        if (TryGetEntry(target, key, out var value)) return value;
        if (key is string name)
        {
            if (context.Environment.Sandbox is not null && name.StartsWith('_'))
                throw new SecurityException($"access to attribute {PyFormat.Repr(name)} of {PyFormat.Repr(PyFormat.TypeName(target))} object is unsafe.");
            if (TryGetAttribute(context, target, name, out value)) return value;
        }
        return context.MissingAttribute(target, key);
    }

    private static bool TryGetAttribute(RenderContext context, object? target, string name, out object? value)
    {
        switch (target)
        {
            case null:
                value = null;
                return false;
            case IAttributeSource source:
                return source.TryGetAttribute(name, out value);
            case PyTuple tuple when tuple.TryGetField(name, out value):
                return true;
            case string or Markup or IDictionary or IList or double:
                return PyMethods.TryBind(target, name, out value);
        }
        if (GenericMapping.AsMapping(target) is { } mapping) return PyMethods.TryBind(mapping, name, out value);
        if (PyNumber.IsNumber(target))
        {
            value = null;
            return false;
        }
        return DotNetMembers.TryGet(context, target, name, out value);
    }

    private static bool TryGetEntry(object? target, object? key, out object? value)
    {
        switch (target)
        {
            case IDictionary dict:
                return PyMapping.TryGet(dict, key, out value);
            case string s when PyNumber.TryGetInteger(key, out long i) && key is not bool:
                bool inRange = Normalize(ref i, s.Length);
                value = inRange ? s[(int)i].ToString() : null;
                return inRange;
            case System.Runtime.CompilerServices.ITuple tuple when PyNumber.TryGetInteger(key, out long t):
                bool inTuple = Normalize(ref t, tuple.Length);
                value = inTuple ? tuple[(int)t] : null;
                return inTuple;
            case IList list when PyNumber.TryGetInteger(key, out long i):
                bool found = Normalize(ref i, list.Count);
                value = found ? list[(int)i] : null;
                return found;
            case IAttributeSource source when key is string s:
                return source.TryGetAttribute(s, out value);
            default:
                if (GenericMapping.AsMapping(target) is { } mapping) return PyMapping.TryGet(mapping, key, out value);
                if (GenericMapping.AsPair(target) is { } pair) return TryGetEntry(pair, key, out value);
                value = null;
                return false;
        }
    }

    private static bool Normalize(ref long index, int count)
    {
        if (index < 0) index += count;
        return index >= 0 && index < count;
    }

    private static object? SliceOf(object? target, Slice slice)
    {
        switch (target)
        {
            case string s:
                return string.Concat(slice.Indices(s.Length).Select(i => s[i]));
            case Markup m:
                return new Markup(string.Concat(slice.Indices(m.Html.Length).Select(i => m.Html[i])));
            case PyTuple t:
                return new PyTuple([.. slice.Indices(t.Count).Select(i => t[i])]);
            default:
                var list = PyIteration.AsReadOnlyList(target);
                return slice.Indices(list.Count).Select(i => list[i]).ToList();
        }
    }
}
