using System.Collections;

namespace Carafe.Templating.Values;

/// <summary>Python's arithmetic: int/float rules, floor division and modulo toward negative infinity, sequence repetition.</summary>
internal static class PyArithmetic
{
    public static object? Add(object? a, object? b)
    {
        CheckUndefined(a, b);
        if (PyNumber.TryGetInteger(a, out long la) && PyNumber.TryGetInteger(b, out long lb))
            return Checked(() => checked(la + lb), () => (double)la + lb);
        if (IsNumeric(a, b, out double da, out double db)) return da + db;
        if (a is Markup || b is Markup) return ConcatMarkup(a, b);
        if (a is string sa && b is string sb) return sa + sb;
        if (a is PyTuple ta && b is PyTuple tb) return new PyTuple([.. ta, .. tb]);
        if (a is IList && a is not PyTuple && b is IList && b is not PyTuple)
            return new List<object?>([.. PyIteration.Iterate(a), .. PyIteration.Iterate(b)]);
        throw Unsupported("+", a, b);
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
        if (PyNumber.TryGetInteger(a, out long la) && PyNumber.TryGetInteger(b, out long lb))
            return Checked(() => checked(la - lb), () => (double)la - lb);
        if (IsNumeric(a, b, out double da, out double db)) return da - db;
        throw Unsupported("-", a, b);
    }

    public static object? Multiply(object? a, object? b)
    {
        CheckUndefined(a, b);
        if (PyNumber.TryGetInteger(a, out long la) && PyNumber.TryGetInteger(b, out long lb))
            return Checked(() => checked(la * lb), () => (double)la * lb);
        if (IsNumeric(a, b, out double da, out double db)) return da * db;
        if (IsSequence(a) && PyNumber.TryGetInteger(b, out long times)) return Repeat(a, times);
        if (IsSequence(b) && PyNumber.TryGetInteger(a, out long times2)) return Repeat(b, times2);
        throw Unsupported("*", a, b);
    }

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
        if (db == 0) throw new TemplateRuntimeException("division by zero");
        return da / db;
    }

    public static object? FloorDivide(object? a, object? b)
    {
        CheckUndefined(a, b);
        if (PyNumber.TryGetInteger(a, out long la) && PyNumber.TryGetInteger(b, out long lb))
        {
            if (lb == 0) throw new TemplateRuntimeException("integer division or modulo by zero");
            long q = la / lb;
            if ((la % lb != 0) && ((la < 0) != (lb < 0))) q--;
            return q;
        }
        if (!IsNumeric(a, b, out double da, out double db)) throw Unsupported("//", a, b);
        if (db == 0) throw new TemplateRuntimeException("float floor division by zero");
        return Math.Floor(da / db);
    }

    public static object? Modulo(object? a, object? b)
    {
        CheckUndefined(a, b);
        if (a is string or Markup) return PercentFormat.Format(a, b);
        if (PyNumber.TryGetInteger(a, out long la) && PyNumber.TryGetInteger(b, out long lb))
        {
            if (lb == 0) throw new TemplateRuntimeException("integer division or modulo by zero");
            long r = la % lb;
            if (r != 0 && ((r < 0) != (lb < 0))) r += lb;
            return r;
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
        if (PyNumber.TryGetInteger(a, out long la) && PyNumber.TryGetInteger(b, out long lb) && lb >= 0)
        {
            return Checked(() =>
            {
                long result = 1;
                for (long i = 0; i < lb; i++) result = checked(result * la);
                return result;
            }, () => Math.Pow(la, lb));
        }
        if (!IsNumeric(a, b, out double da, out double db)) throw Unsupported("** or pow()", a, b);
        if (da == 0 && db < 0) throw new TemplateRuntimeException("0.0 cannot be raised to a negative power");
        return Math.Pow(da, db);
    }

    public static object? Negate(object? a)
    {
        CheckUndefined(a, a);
        if (PyNumber.TryGetInteger(a, out long l)) return -l;
        if (PyNumber.TryGetFloat(a, out double d)) return -d;
        throw new TemplateRuntimeException($"bad operand type for unary -: '{PyFormat.TypeName(a)}'");
    }

    public static object? Plus(object? a)
    {
        CheckUndefined(a, a);
        if (PyNumber.TryGetInteger(a, out long l)) return l;
        if (PyNumber.TryGetFloat(a, out double d)) return d;
        throw new TemplateRuntimeException($"bad operand type for unary +: '{PyFormat.TypeName(a)}'");
    }

    private static bool IsNumeric(object? a, object? b, out double da, out double db)
    {
        db = 0;
        return PyNumber.TryGetFloat(a, out da) && PyNumber.TryGetFloat(b, out db);
    }

    private static object Checked(Func<long> exact, Func<double> fallback)
    {
        try { return exact(); }
        catch (OverflowException) { return fallback(); }
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
