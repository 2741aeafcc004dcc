using System.Collections;
using Carafe.Templating.Nodes;
using Carafe.Templating.Runtime;
using Carafe.Templating.Values;

namespace Carafe.Templating.Tests;

/// <summary>Every builtin test of Jinja 3.1, by name (aliases included).</summary>
internal static class BuiltinTests
{
    public static void Register(IDictionary<string, Delegate> tests)
    {
        Add(tests, ["boolean"], (_, v, _) => v is bool);
        Add(tests, ["callable"], (_, v, _) => v is ICallable or Delegate);
        Add(tests, ["defined"], (_, v, _) => v is not Undefined);
        Add(tests, ["undefined"], (_, v, _) => v is Undefined);
        Add(tests, ["divisibleby"], (_, v, a) => PyEquality.Equal(PyArithmetic.Modulo(v, a.Required(0, "num", "divisibleby")), 0L));
        Add(tests, ["eq", "equalto", "=="], Compare("=="));
        Add(tests, ["ne", "!="], Compare("!="));
        Add(tests, ["lt", "lessthan", "<"], Compare("<"));
        Add(tests, ["le", "<="], Compare("<="));
        Add(tests, ["gt", "greaterthan", ">"], Compare(">"));
        Add(tests, ["ge", ">="], Compare(">="));
        Add(tests, ["escaped"], (_, v, _) => v is Markup);
        Add(tests, ["even"], (_, v, _) => PyEquality.Equal(PyArithmetic.Modulo(v, 2L), 0L));
        Add(tests, ["odd"], (_, v, _) => PyEquality.Equal(PyArithmetic.Modulo(v, 2L), 1L));
        Add(tests, ["false"], (_, v, _) => v is false);
        Add(tests, ["true"], (_, v, _) => v is true);
        Add(tests, ["filter"], (c, v, _) => v is string name && c.Environment.ResolveFilter(name) is not null);
        Add(tests, ["test"], (c, v, _) => v is string name && c.Environment.ResolveTest(name) is not null);
        Add(tests, ["float"], (_, v, _) => PyNumber.IsFloat(v));
        Add(tests, ["integer"], (_, v, _) => PyNumber.IsInteger(v));
        Add(tests, ["number"], (_, v, _) => PyNumber.IsNumber(v));
        Add(tests, ["in"], (_, v, a) => PyComparison.Contains(a.Required(0, "seq", "in"), v));
        Add(tests, ["iterable"], (_, v, _) => v is IEnumerable or Undefined);
        Add(tests, ["mapping"], (_, v, _) => GenericMapping.AsMapping(v) is not null);
        Add(tests, ["sequence"], (_, v, _) => v is string or Markup or ICollection or IDictionary);
        Add(tests, ["string"], (_, v, _) => v is string or Markup);
        Add(tests, ["none"], (_, v, _) => v is null);
        Add(tests, ["lower"], (_, v, _) => PyFormat.Str(v) is var s && s.Any(char.IsLetter) && !s.Any(char.IsUpper));
        Add(tests, ["upper"], (_, v, _) => PyFormat.Str(v) is var s && s.Any(char.IsLetter) && !s.Any(char.IsLower));
        Add(tests, ["sameas"], (_, v, a) => SameAs(v, a.Required(0, "other", "sameas")));
    }

    private static void Add(IDictionary<string, Delegate> tests, string[] names, TestFunction test)
    {
        foreach (var name in names) tests[name] = test;
    }

    private static TestFunction Compare(string op) =>
        (_, v, a) => CompareExpression.Holds(op, v, a.Required(0, "other", op));

    /// <summary>Python's <c>is</c>: the same object; singletons and equal small values of one type count as the same.</summary>
    private static bool SameAs(object? value, object? other) =>
        ReferenceEquals(value, other) || (value is bool or long or int or null && other is not null && value?.GetType() == other.GetType() && value.Equals(other));
}
