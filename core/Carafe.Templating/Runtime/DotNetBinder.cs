using System.Collections;
using System.Reflection;
using Carafe.Templating.Values;

namespace Carafe.Templating.Runtime;

/// <summary>
/// Calls .NET methods and delegates with template arguments: positional ones in order, keyword ones by parameter
/// name (<c>max_length</c> finds <c>maxLength</c>), numbers converted to the parameter's type, optional parameters
/// filled with their defaults. The first overload that accepts the arguments wins.
/// </summary>
internal static class DotNetBinder
{
    public static object? Invoke(object? target, IReadOnlyList<MethodInfo> overloads, Arguments arguments, string name)
    {
        foreach (var method in overloads)
        {
            if (TryBind(method.GetParameters(), arguments, out var values))
            {
                try
                {
                    return method.Invoke(target, values);
                }
                catch (TargetInvocationException e) when (e.InnerException is not null)
                {
                    if (e.InnerException is TemplateException inner) throw inner;
                    throw new TemplateRuntimeException($"{name}() failed: {e.InnerException.Message}", e.InnerException);
                }
            }
        }
        throw new TemplateRuntimeException($"{name}() does not accept the arguments ({arguments.Count} given)");
    }

    private static bool TryBind(ParameterInfo[] parameters, Arguments arguments, out object?[] values)
    {
        values = new object?[parameters.Length];
        var positional = arguments.Positional;
        if (positional.Count > parameters.Length) return false;
        int usedKeywords = 0;
        for (int i = 0; i < parameters.Length; i++)
        {
            var parameter = parameters[i];
            object? value;
            if (i < positional.Count) value = positional[i];
            else if (TryKeyword(arguments.Keywords, parameter.Name!, out value)) usedKeywords++;
            else if (parameter.HasDefaultValue) { values[i] = parameter.DefaultValue; continue; }
            else return false;
            if (!TryConvert(value, parameter.ParameterType, out values[i])) return false;
        }
        return usedKeywords == (arguments.Keywords?.Count ?? 0);
    }

    private static bool TryKeyword(Dictionary<string, object?>? keywords, string parameter, out object? value)
    {
        value = null;
        if (keywords is null) return false;
        if (keywords.TryGetValue(parameter, out value)) return true;
        foreach (var (key, v) in keywords)
        {
            if (DotNetMembers.NameMatches(parameter, key)) { value = v; return true; }
        }
        return false;
    }

    /// <summary>Converts a template value to a .NET parameter type, or says it cannot.</summary>
    public static bool TryConvert(object? value, Type type, out object? result)
    {
        result = value;
        if (type == typeof(object)) return true;
        if (value is Undefined) value = null;
        var underlying = Nullable.GetUnderlyingType(type);
        if (value is null)
        {
            result = null;
            return !type.IsValueType || underlying is not null;
        }
        type = underlying ?? type;
        if (type.IsInstanceOfType(value)) { result = value; return true; }
        if (type == typeof(string)) { result = PyFormat.Str(value); return value is Markup or string; }
        if (type == typeof(char) && value is string { Length: 1 } single) { result = single[0]; return true; }
        if (PyNumber.IsNumber(value) && (type.IsPrimitive || type == typeof(decimal)) && type != typeof(char))
        {
            if (type == typeof(bool)) return value is bool;
            if (PyNumber.IsFloat(value) && PyNumber.IsInteger(Activator.CreateInstance(type))) return false;
            result = Convert.ChangeType(value, type, System.Globalization.CultureInfo.InvariantCulture);
            return true;
        }
        if (type.IsGenericType && value is IEnumerable items && type.GetGenericArguments() is [var element])
        {
            var listType = typeof(List<>).MakeGenericType(element);
            if (!type.IsAssignableFrom(listType)) return false;
            var list = (IList)Activator.CreateInstance(listType)!;
            foreach (var item in PyIteration.Iterate(items))
            {
                if (!TryConvert(item, element, out var converted)) return false;
                list.Add(converted);
            }
            result = list;
            return true;
        }
        return false;
    }
}
