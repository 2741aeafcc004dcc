using System.Linq.Expressions;
using System.Numerics;
using System.Reflection;
using Carafe.Pipeline;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Carafe.Views;

/// <summary>
/// Calls a view, hook or error handler with its parameters bound as minimal APIs bind them:
/// by name from the matched route values (converted to the parameter's type), by type from
/// the request context (<see cref="Request"/>, <see cref="Session"/>, <see cref="G"/>,
/// <see cref="CarafeApp"/>, <see cref="HttpContext"/>, <see cref="CancellationToken"/>), the
/// argument of the hook (the <see cref="Response"/> of an after-request hook, the exception of
/// an error handler or teardown), and otherwise from DI. The binding is compiled once into a
/// delegate, so a call costs no reflection.
/// </summary>
internal sealed class ViewInvoker
{
    private readonly Func<RequestContext, object?, ValueTask<object?>> _invoke;

    private ViewInvoker(Delegate handler, Func<RequestContext, object?, ValueTask<object?>> invoke)
    {
        Handler = handler;
        _invoke = invoke;
    }

    /// <summary>The delegate being called.</summary>
    public Delegate Handler { get; }

    /// <summary>Calls the handler; <paramref name="argument"/> is the hook's response or exception.</summary>
    public ValueTask<object?> InvokeAsync(RequestContext context, object? argument = null) => _invoke(context, argument);

    /// <summary>Compiles the binding of <paramref name="handler"/>.</summary>
    /// <param name="handler">The view, hook or handler.</param>
    /// <param name="routeArguments">Names bound from route values; others come from the context or DI.</param>
    /// <param name="argumentType">The type of the hook's argument (Response or an exception type), or null.</param>
    public static ViewInvoker Create(Delegate handler, IReadOnlyCollection<string> routeArguments, Type? argumentType = null)
    {
        var context = Expression.Parameter(typeof(RequestContext), "context");
        var argument = Expression.Parameter(typeof(object), "argument");
        var parameters = handler.Method.GetParameters();
        var arguments = new Expression[parameters.Length];
        for (var i = 0; i < parameters.Length; i++)
        {
            arguments[i] = Bind(parameters[i], context, argument, routeArguments, argumentType, handler);
        }
        var call = Expression.Invoke(Expression.Constant(handler), arguments);
        var body = Adapt(call, handler.Method.ReturnType);
        var lambda = Expression.Lambda<Func<RequestContext, object?, ValueTask<object?>>>(body, context, argument);
        return new ViewInvoker(handler, lambda.Compile());
    }

    private static Expression Bind(ParameterInfo parameter, ParameterExpression context, ParameterExpression argument,
        IReadOnlyCollection<string> routeArguments, Type? argumentType, Delegate handler)
    {
        var type = parameter.ParameterType;
        if (parameter.Name is { } name && routeArguments.Contains(name))
        {
            var values = Expression.Property(Expression.Property(context, nameof(RequestContext.Request)), nameof(CarafeRequest.MatchedValues));
            return Expression.Call(typeof(ViewInvoker), nameof(RouteValue), [type], values, Expression.Constant(name), DefaultOf(parameter));
        }
        if (argumentType is not null && type.IsAssignableFrom(argumentType) && type != typeof(object))
        {
            return Expression.Convert(argument, type);
        }
        if (argumentType is not null && typeof(Exception).IsAssignableFrom(argumentType) && typeof(Exception).IsAssignableFrom(type))
        {
            // A handler for a base type may declare a more derived parameter; it gets null when the exception is not one.
            return Expression.TypeAs(argument, type);
        }
        if (type == typeof(Request))
        {
            return Expression.Property(context, nameof(RequestContext.Request));
        }
        if (type == typeof(Session))
        {
            return Expression.Property(context, nameof(RequestContext.Session));
        }
        if (type == typeof(G))
        {
            return Expression.Property(context, nameof(RequestContext.G));
        }
        if (type == typeof(CarafeApp))
        {
            return Expression.Property(context, nameof(RequestContext.App));
        }
        if (type == typeof(HttpContext))
        {
            return Expression.Property(context, nameof(RequestContext.HttpContext));
        }
        if (type == typeof(CancellationToken))
        {
            return Expression.Property(Expression.Property(context, nameof(RequestContext.HttpContext)), nameof(HttpContext.RequestAborted));
        }
        if (parameter.HasDefaultValue && IsRouteValueType(type))
        {
            // Flask's def hello(name=None) under a rule without <name>.
            return DefaultOf(parameter);
        }
        if (IsRouteValueType(type))
        {
            throw new ArgumentException(
                $"Parameter '{parameter.Name}' of {Describe(handler)} is a {type.Name} but the rule has no <{parameter.Name}>. " +
                $"Route values bind by name; the rule's values are [{string.Join(", ", routeArguments)}].");
        }
        var services = Expression.Property(context, nameof(RequestContext.Services));
        var optional = parameter.HasDefaultValue || new NullabilityInfoContext().Create(parameter).WriteState == NullabilityState.Nullable;
        var lookup = optional
            ? Expression.Call(typeof(ServiceProviderServiceExtensions), nameof(ServiceProviderServiceExtensions.GetService), [type], services)
            : Expression.Call(typeof(ServiceProviderServiceExtensions), nameof(ServiceProviderServiceExtensions.GetRequiredService), [type], services);
        return lookup;
    }

    private static string Describe(Delegate handler) => $"'{handler.Method.Name}'";

    /// <summary>The parameter's declared default, or its type's default.</summary>
    private static ConstantExpression DefaultOf(ParameterInfo parameter)
    {
        var type = parameter.ParameterType;
        var value = parameter.HasDefaultValue ? parameter.DefaultValue : null;
        return Expression.Constant(value ?? (type.IsValueType && Nullable.GetUnderlyingType(type) is null ? Activator.CreateInstance(type) : null), type);
    }

    private static bool IsRouteValueType(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        return underlying.IsPrimitive || underlying == typeof(string) || underlying == typeof(Guid) || underlying == typeof(decimal);
    }

    /// <summary>Converts a matched route value to the parameter's type (an <c>int</c> rule matches a long).</summary>
    private static T RouteValue<T>(IReadOnlyDictionary<string, object?> values, string name, T fallback)
    {
        if (!values.TryGetValue(name, out var value) || value is null)
        {
            // This rule of the view does not have the value: the parameter's own default.
            return fallback;
        }
        if (value is T typed)
        {
            return typed;
        }
        var target = Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T);
        if (value is BigInteger big && target == typeof(decimal))
        {
            return (T)(object)(decimal)big;
        }
        if (target == typeof(string))
        {
            return (T)(object)(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "");
        }
        try
        {
            return (T)Convert.ChangeType(value, target, System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is OverflowException || (e is InvalidCastException && value is BigInteger))
        {
            // /item/99999999999999999999 matched <int:id> but does not fit the view's int: no such page.
            throw new HttpException(404);
        }
    }

    private static Expression Adapt(Expression call, Type returnType)
    {
        if (returnType == typeof(void))
        {
            return Expression.Block(call, Expression.Default(typeof(ValueTask<object?>)));
        }
        if (returnType == typeof(Task))
        {
            return Expression.Call(typeof(ViewInvoker), nameof(FromTask), null, call);
        }
        if (returnType == typeof(ValueTask))
        {
            return Expression.Call(typeof(ViewInvoker), nameof(FromValueTask), null, call);
        }
        if (returnType.IsGenericType && returnType.GetGenericTypeDefinition() == typeof(Task<>))
        {
            return Expression.Call(typeof(ViewInvoker), nameof(FromTaskOf), [returnType.GetGenericArguments()[0]], call);
        }
        if (returnType.IsGenericType && returnType.GetGenericTypeDefinition() == typeof(ValueTask<>))
        {
            return Expression.Call(typeof(ViewInvoker), nameof(FromValueTaskOf), [returnType.GetGenericArguments()[0]], call);
        }
        return Expression.New(
            typeof(ValueTask<object?>).GetConstructor([typeof(object)])!,
            Expression.Convert(call, typeof(object)));
    }

    private static async ValueTask<object?> FromTask(Task task)
    {
        await task;
        return null;
    }

    private static async ValueTask<object?> FromValueTask(ValueTask task)
    {
        await task;
        return null;
    }

    private static async ValueTask<object?> FromTaskOf<T>(Task<T> task) => await task;

    private static ValueTask<object?> FromValueTaskOf<T>(ValueTask<T> task) =>
        task.IsCompletedSuccessfully ? new ValueTask<object?>(task.Result) : Await(task);

    private static async ValueTask<object?> Await<T>(ValueTask<T> task) => await task;
}
