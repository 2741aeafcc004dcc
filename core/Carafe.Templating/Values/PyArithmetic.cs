using System.Collections;
using System.Numerics;

namespace Carafe.Templating.Values;

/// <summary>Python's arithmetic: int/float rules, floor division and modulo toward negative infinity, sequence repetition.</summary>
internal static class PyArithmetic
{
    public static object? Add(object? a, object? b)
    {
        CheckUndefined(a, b);
        if (Integers(a, b, out var x, out var y)) return PyNumber.Normalize(x + y);
        if (IsNumeric(a, b, out double da, out double db)) return da + db;
        if (a is Markup || b is Markup) return ConcatMarkup(a, b);
        if (a is string sa) return b is string sb ? sa + sb : throw CannotConcatenate("str", b);
        if (a is PyTuple ta) return b is PyTuple tb ? new PyTuple([.. ta, .. tb]) : throw CannotConcatenate("tuple", b);
        if (IsList(a)) return IsList(b) ? new List<object?>([.. PyIteration.Iterate(a), .. PyIteration.Iterate(b)]) : throw CannotConcatenate("list", b);
        throw Unsupported("+", a, b);
    }

    private static TemplateRuntimeException CannotConcatenate(string type, object? other) =>
        new($"can only concatenate {type} (not \"{PyFormat.TypeName(other)}\") to {type}");

    /// <summary>Both operands as Python ints, exact whatever their size.</summary>
    private static bool Integers(object? a, object? b, out BigInteger x, out BigInteger y)
    {
        y = default;
        return PyNumber.TryGetBig(a, out x) && PyNumber.TryGetBig(b, out y);
    }

    private static object? ConcatMarkup(object? a, object? b)
    {
        if (a is Markup ma && (b is string || b is Markup)) return new Markup(ma.Html + Markup.Escape(b).Html);
        if (b is Markup mb && a is string) return new Markup(Markup.Escape(a).Html + mb.Html);
        throw Unsupported("+", a, b);
    }

    public static object? Subtract(object? a, object? b)
    {
        CheckUndefined(a, b);
        if (Integers(a, b, out var x, out var y)) return PyNumber.Normalize(x - y);
        if (IsNumeric(a, b, out double da, out double db)) return da - db;
        throw Unsupported("-", a, b);
    }

    public static object? Multiply(object? a, object? b)
    {
        CheckUndefined(a, b);
        if (Integers(a, b, out var x, out var y)) return PyNumber.Normalize(x * y);
        if (IsNumeric(a, b, out double da, out double db)) return da * db;
        if (IsSequence(a)) return PyNumber.TryGetInteger(b, out long times) ? Repeat(a, times) : throw NonIntMultiplier(b);
        if (IsSequence(b)) return PyNumber.TryGetInteger(a, out long times2) ? Repeat(b, times2) : throw NonIntMultiplier(a);
        throw Unsupported("*", a, b);
    }

    private static TemplateRuntimeException NonIntMultiplier(object? value) =>
        new($"can't multiply sequence by non-int of type '{PyFormat.TypeName(value)}'");

    private static bool IsSequence(object? value) => value is string or Markup or IList && value is not IDictionary;

    private static object Repeat(object? sequence, long times)
    {
        int n = (int)Math.Max(0, times);
        switch (sequence)
        {
            case string s: return string.Concat(Enumerable.Repeat(s, n));
            case Markup m: return new Markup(string.Concat(Enumerable.Repeat(m.Html, n)));
            case PyTuple t: return new PyTuple([.. Enumerable.Repeat(t, n).SelectMany(x => x)]);
            default:
                var items = PyIteration.ToList(sequence);
                return Enumerable.Repeat(items, n).SelectMany(x => x).ToList();
        }
    }

    public static object? Divide(object? a, object? b)
    {
        CheckUndefined(a, b);
        if (!IsNumeric(a, b, out double da, out double db)) throw Unsupported("/", a, b);
        if (db == 0) throw new TemplateRuntimeException(PyNumber.IsFloat(a) || PyNumber.IsFloat(b) ? "float division by zero" : "division by zero");
        return da / db;
    }

    public static object? FloorDivide(object? a, object? b)
    {
        CheckUndefined(a, b);
        if (Integers(a, b, out var x, out var y))
        {
            if (y.IsZero) throw new TemplateRuntimeException("integer division or modulo by zero");
            var q = BigInteger.DivRem(x, y, out var r);
            if (!r.IsZero && (r.Sign < 0) != (y.Sign < 0)) q -= 1;
            return PyNumber.Normalize(q);
        }
        if (!IsNumeric(a, b, out double da, out double db)) throw Unsupported("//", a, b);
        if (db == 0) throw new TemplateRuntimeException("float floor division by zero");
        return Math.Floor(da / db);
    }

    public static object? Modulo(object? a, object? b)
    {
        CheckUndefined(a, b);
        if (a is string or Markup) return PercentFormat.Format(a, b);
        if (Integers(a, b, out var x, out var y))
        {
            if (y.IsZero) throw new TemplateRuntimeException("integer modulo by zero");
            var r = BigInteger.Remainder(x, y);
            if (!r.IsZero && (r.Sign < 0) != (y.Sign < 0)) r += y;
            return PyNumber.Normalize(r);
        }
        if (!IsNumeric(a, b, out double da, out double db)) throw Unsupported("%", a, b);
        if (db == 0) throw new TemplateRuntimeException("float modulo");
        double m = da % db;
        if (m != 0 && ((m < 0) != (db < 0))) m += db;
        return m;
    }

    public static object? Power(object? a, object? b)
    {
        CheckUndefined(a, b);
        if (Integers(a, b, out var x, out var y) && y.Sign >= 0)
        {
            if (y > 100_000) throw new TemplateRuntimeException("exponent too large");
            return PyNumber.Normalize(BigInteger.Pow(x, (int)y));
        }
        if (!IsNumeric(a, b, out double da, out double db)) throw Unsupported("** or pow()", a, b);
        if (da == 0 && db < 0) throw new TemplateRuntimeException("0.0 cannot be raised to a negative power");
        return Math.Pow(da, db);
    }

    public static object? Negate(object? a)
    {
        CheckUndefined(a, a);
        if (PyNumber.TryGetBig(a, out var big)) return PyNumber.Normalize(-big);
        if (PyNumber.TryGetFloat(a, out double d)) return -d;
        throw new TemplateRuntimeException($"bad operand type for unary -: '{PyFormat.TypeName(a)}'");
    }

    public static object? Plus(object? a)
    {
        CheckUndefined(a, a);
        if (PyNumber.TryGetBig(a, out var big)) return PyNumber.Normalize(big);
        if (PyNumber.TryGetFloat(a, out double d)) return d;
        throw new TemplateRuntimeException($"bad operand type for unary +: '{PyFormat.TypeName(a)}'");
    }

    private static bool IsNumeric(object? a, object? b, out double da, out double db)
    {
        db = 0;
        return PyNumber.TryGetFloat(a, out da) && PyNumber.TryGetFloat(b, out db);
    }

    private static void CheckUndefined(object? a, object? b)
    {
        if (a is Undefined ua) throw ua.Fail();
        if (b is Undefined ub) throw ub.Fail();
    }

    private static TemplateRuntimeException Unsupported(string op, object? a, object? b) =>
        new($"unsupported operand type(s) for {op}: '{PyFormat.TypeName(a)}' and '{PyFormat.TypeName(b)}'");

    /// <summary>Jinja's <c>~</c>: both sides as strings, escaped when one of them is markup.</summary>
    public static object Concat(object? a, object? b) => a is Markup || b is Markup
        ? new Markup(Markup.Escape(a).Html + Markup.Escape(b).Html)
        : PyFormat.Str(a) + PyFormat.Str(b);

    internal static bool IsList(object? value) => value is IList and not PyTuple and not IDictionary;
}
