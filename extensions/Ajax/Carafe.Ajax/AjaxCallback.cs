using System.Reflection;
using System.Text.Json;

namespace Carafe.Ajax;

/// <summary>
/// A registered callback and how to call it: the response first, then the values the server
/// passes itself (an upload's files and fields), then the browser's JSON arguments converted to
/// the parameters' types. A wrong count or type is refused with the reason, before any call.
/// </summary>
internal sealed class AjaxCallback
{
    private static readonly JsonSerializerOptions ArgumentOptions = new() { PropertyNameCaseInsensitive = true };
    private static readonly NullabilityInfoContext Nullability = new();

    private readonly MethodInfo _method;
    private readonly object? _target;
    private readonly ParameterInfo[] _parameters;
    private readonly bool[] _acceptsNull;
    private readonly int _serverValues;

    private AjaxCallback(string name, MethodInfo method, object? target, CallbackKind kind)
    {
        Name = name;
        Kind = kind;
        _method = method;
        _target = target;
        _parameters = method.GetParameters();
        _serverValues = kind == CallbackKind.Upload ? 2 : 0;
        var responseType = kind == CallbackKind.Upload ? typeof(AjaxUploadResponse) : typeof(AjaxResponse);
        if (_parameters.Length == 0 || !_parameters[0].ParameterType.IsAssignableFrom(responseType))
        {
            throw new ArgumentException(
                $"The Ajax callback '{name}' ({Describe(method)}) must take {(kind == CallbackKind.Upload ? "an AjaxUploadResponse (or AjaxResponse)" : "an AjaxResponse")} as its first parameter.");
        }
        if (kind == CallbackKind.Upload && (_parameters.Length < 3
            || !_parameters[1].ParameterType.IsAssignableFrom(typeof(MultiDict<FileStorage>))
            || !_parameters[2].ParameterType.IsAssignableFrom(typeof(MultiDict<string>))))
        {
            throw new ArgumentException(
                $"The upload callback '{name}' ({Describe(method)}) must take (AjaxUploadResponse response, MultiDict<FileStorage> files, MultiDict<string> formValues).");
        }
        _acceptsNull = [.. _parameters.Select(AcceptsNull)];
    }

    public string Name { get; }

    public CallbackKind Kind { get; }

    public static AjaxCallback From(string name, Delegate callback, CallbackKind kind) => new(name, callback.Method, callback.Target, kind);

    /// <summary>The callbacks of <paramref name="target"/>: its public methods that take an <see cref="AjaxResponse"/> first, named in snake_case.</summary>
    public static IEnumerable<AjaxCallback> FromObject(object target, CallbackKind kind)
    {
        var (type, instance, flags) = target is Type staticType
            ? (staticType, (object?)null, BindingFlags.Public | BindingFlags.Static)
            : (target.GetType(), target, BindingFlags.Public | BindingFlags.Instance);
        return type.GetMethods(flags)
            .Where(method => method.DeclaringType != typeof(object) && !method.IsSpecialName && !method.IsGenericMethodDefinition)
            .Where(method => method.GetParameters() is [var first, ..] && first.ParameterType == typeof(AjaxResponse))
            .Select(method => new AjaxCallback(JsonNamingPolicy.SnakeCaseLower.ConvertName(method.Name), method, instance, kind));
    }

    /// <summary>Converts the arguments to the parameters after the response, or says why they do not fit.</summary>
    public bool TryBind(IReadOnlyList<object?> serverValues, IReadOnlyList<JsonElement> arguments, out object?[] values, out string error)
    {
        values = new object?[_parameters.Length];
        error = "";
        var first = 1 + _serverValues;
        var required = _parameters.Skip(first).Count(parameter => !parameter.HasDefaultValue);
        var accepted = _parameters.Length - first;
        if (arguments.Count < required || arguments.Count > accepted)
        {
            var expected = required == accepted ? $"{accepted}" : $"{required} to {accepted}";
            error = $"'{Name}' takes {expected} argument{(accepted == 1 ? "" : "s")}, but {arguments.Count} {(arguments.Count == 1 ? "was" : "were")} sent.";
            return false;
        }
        for (var i = 0; i < _serverValues; i++)
        {
            values[1 + i] = serverValues[i];
        }
        for (var i = first; i < _parameters.Length; i++)
        {
            var index = i - first;
            if (index >= arguments.Count)
            {
                values[i] = _parameters[i].DefaultValue is DBNull or Missing ? null : _parameters[i].DefaultValue;
                continue;
            }
            if (!TryConvert(arguments[index], i, out values[i]))
            {
                error = $"argument {index + 1} of '{Name}' ({_parameters[i].Name}) must be {Describe(_parameters[i].ParameterType)}, " +
                        $"not {AjaxArguments.Describe(arguments[index].ValueKind)}.";
                return false;
            }
        }
        return true;
    }

    /// <summary>Calls the callback with <paramref name="response"/> first, awaiting it when it is asynchronous.</summary>
    public async Task InvokeAsync(AjaxResponse response, object?[] values)
    {
        values[0] = response;
        var result = _method.Invoke(_target, BindingFlags.DoNotWrapExceptions, null, values, null);
        switch (result)
        {
            case Task task:
                await task;
                break;
            case ValueTask valueTask:
                await valueTask;
                break;
        }
    }

    private bool TryConvert(JsonElement argument, int parameter, out object? value)
    {
        var type = _parameters[parameter].ParameterType;
        value = null;
        if (argument.ValueKind == JsonValueKind.Null)
        {
            return _acceptsNull[parameter];
        }
        if (type == typeof(JsonElement) || type == typeof(object))
        {
            value = argument;
            return true;
        }
        try
        {
            value = argument.Deserialize(type, ArgumentOptions);
            return true;
        }
        catch (Exception e) when (e is JsonException or NotSupportedException or InvalidOperationException)
        {
            return false;
        }
    }

    private static bool AcceptsNull(ParameterInfo parameter) =>
        parameter.ParameterType.IsValueType
            ? Nullable.GetUnderlyingType(parameter.ParameterType) is not null
            : Nullability.Create(parameter).WriteState != NullabilityState.NotNull;

    private static string Describe(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(string))
        {
            return "a string";
        }
        if (type == typeof(bool))
        {
            return "a boolean";
        }
        if (type == typeof(int) || type == typeof(long) || type == typeof(short) || type == typeof(byte))
        {
            return "an integer";
        }
        if (type == typeof(double) || type == typeof(float) || type == typeof(decimal))
        {
            return "a number";
        }
        return type != typeof(string) && typeof(System.Collections.IEnumerable).IsAssignableFrom(type) && !IsDictionary(type)
            ? "a list"
            : $"an object ({type.Name})";
    }

    private static bool IsDictionary(Type type) =>
        typeof(System.Collections.IDictionary).IsAssignableFrom(type)
        || type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>));

    private static string Describe(MethodInfo method) => $"{method.DeclaringType?.Name}.{method.Name}";
}
