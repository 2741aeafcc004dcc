using System.Globalization;

namespace Carafe.Routing;

/// <summary>
/// The arguments written after a converter's name in a rule, parsed as Python literals:
/// <c>None</c> (null), <c>True</c>/<c>False</c> (bool), integers (long), floats (double)
/// and quoted or bare strings. <c>any(a, 'b c')</c> has two positional arguments;
/// <c>int(min=1)</c> one named argument.
/// </summary>
public sealed class ConverterArguments
{
    /// <summary>No arguments, as for <c>&lt;int:id&gt;</c>.</summary>
    public static ConverterArguments None { get; } = new([], new Dictionary<string, object?>());

    /// <summary>Creates arguments from already parsed values.</summary>
    public ConverterArguments(IReadOnlyList<object?> positional, IReadOnlyDictionary<string, object?> named)
    {
        Positional = positional;
        Named = named;
    }

    /// <summary>The positional arguments, in order.</summary>
    public IReadOnlyList<object?> Positional { get; }

    /// <summary>The named (<c>name=value</c>) arguments.</summary>
    public IReadOnlyDictionary<string, object?> Named { get; }

    /// <summary>
    /// The argument given by <paramref name="name"/>, else the one at
    /// <paramref name="position"/>, else <paramref name="defaultValue"/>, converted to
    /// <typeparamref name="T"/> (<c>int</c>, <c>int?</c>, <c>double</c>, <c>bool</c>,
    /// <c>string</c>...). An argument given both ways, or not convertible, throws
    /// <see cref="ArgumentException"/>.
    /// </summary>
    public T Get<T>(int position, string name, T defaultValue)
    {
        var byName = Named.TryGetValue(name, out var named);
        var byPosition = position >= 0 && position < Positional.Count;
        if (byName && byPosition)
        {
            throw new ArgumentException($"The converter argument '{name}' is given both by position and by name.");
        }
        if (!byName && !byPosition)
        {
            return defaultValue;
        }
        var value = byName ? named : Positional[position];
        return Convert<T>(value, name);
    }

    /// <summary>
    /// Throws <see cref="ArgumentException"/> naming <paramref name="converter"/> when an
    /// argument is not one of <paramref name="parameters"/> (by name) or there are more
    /// positional arguments than parameters, as Python rejects unexpected arguments.
    /// </summary>
    public void ExpectOnly(string converter, params string[] parameters)
    {
        if (Positional.Count > parameters.Length)
        {
            throw new ArgumentException(
                $"The '{converter}' converter takes at most {parameters.Length} positional arguments, not {Positional.Count}.");
        }
        foreach (var name in Named.Keys)
        {
            if (!parameters.Contains(name))
            {
                var accepted = parameters.Length == 0 ? "no arguments" : string.Join(", ", parameters);
                throw new ArgumentException(
                    $"The '{converter}' converter has no argument '{name}' (it accepts {accepted}).");
            }
        }
    }

    private static T Convert<T>(object? value, string name)
    {
        var target = Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T);
        if (value is null)
        {
            return default(T) is null ? default! : throw Invalid(name, value, target);
        }
        if (value is T typed)
        {
            return typed;
        }
        // Python's bool is an int, but a converter that wants a number means a number.
        if (value is bool && target != typeof(bool) && target != typeof(string))
        {
            throw Invalid(name, value, target);
        }
        try
        {
            return (T)System.Convert.ChangeType(value, target, CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is InvalidCastException or FormatException or OverflowException)
        {
            throw Invalid(name, value, target);
        }
    }

    private static ArgumentException Invalid(string name, object? value, Type target) =>
        new($"The converter argument '{name}' must be {target.Name}, not {UrlEncoding.ToPythonString(value)}.");
}
