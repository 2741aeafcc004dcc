using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using Carafe.Templating.Values;

namespace Carafe.Templating.Runtime;

/// <summary>
/// How <c>user.first_name</c> finds a member of a .NET object: a public instance property or field, else a public
/// method (as a callable), whose name equals the attribute exactly, else ignoring case, else ignoring case and
/// underscores (so <c>first_name</c> finds <c>FirstName</c>). Lookups are cached per type and name.
/// Reflection entry points (<c>GetType</c>, members returning <see cref="Type"/> or reflection objects) are never exposed.
/// Properties and fields are read through compiled delegates, not reflection, once found.
/// </summary>
internal static class DotNetMembers
{
    private static readonly ConcurrentDictionary<(Type, string), Member?> Cache = new();

    /// <summary>A member found on a type: a reader for a property or field, or the overloads of a method.</summary>
    public sealed record Member(Type Type, Func<object, object?>? Read, IReadOnlyList<MethodInfo>? Methods);

    /// <summary>The member <paramref name="name"/> finds on <paramref name="type"/>, or null.</summary>
    public static Member? Lookup(Type type, string name) => Cache.GetOrAdd((type, name), key => Find(key.Item1, key.Item2));

    public static bool TryGet(RenderContext context, object target, string name, out object? value)
    {
        var member = Lookup(target.GetType(), name);
        if (member is null)
        {
            value = null;
            return false;
        }
        if (member.Read is not null)
        {
            value = member.Read(target);
            if (context.Environment.Sandbox is not null && IsUnsafeValue(value))
                throw new SecurityException($"access to attribute {PyFormat.Repr(name)} of {PyFormat.Repr(target.GetType().Name)} object is unsafe.");
            return true;
        }
        var methods = member.Methods!;
        value = new NativeFunction(name, (_, args) => DotNetBinder.Invoke(target, methods, args, name));
        return true;
    }

    /// <summary>Readers for every public instance property of <paramref name="type"/>, by exact name: an object given as a render context.</summary>
    public static IReadOnlyList<(string Name, Func<object, object?> Read)> Properties(Type type) =>
        PropertyCache.GetOrAdd(type, t => [.. t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && p.CanRead)
            .Select(p => (p.Name, Getter(t, p)))]);

    private static readonly ConcurrentDictionary<Type, IReadOnlyList<(string, Func<object, object?>)>> PropertyCache = new();

    /// <summary>True when a template name (<c>max_length</c>) refers to a .NET name (<c>MaxLength</c>, <c>maxLength</c>).</summary>
    public static bool NameMatches(string dotNetName, string templateName) =>
        string.Equals(dotNetName, templateName, StringComparison.OrdinalIgnoreCase) ||
        string.Equals(dotNetName, templateName.Replace("_", ""), StringComparison.OrdinalIgnoreCase);

    private static Member? Find(Type type, string name)
    {
        var members = type.GetMembers(BindingFlags.Public | BindingFlags.Instance).Where(IsExposed).ToList();
        Func<string, bool>[] rules =
        [
            n => n == name,
            n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase),
            n => string.Equals(n, name.Replace("_", ""), StringComparison.OrdinalIgnoreCase),
        ];
        foreach (var rule in rules)
        {
            foreach (var m in members)
            {
                if (!rule(m.Name)) continue;
                if (m is PropertyInfo or FieldInfo) return new Member(type, Getter(type, m), null);
            }
            var methods = members.OfType<MethodInfo>().Where(m => rule(m.Name)).OrderBy(m => m.GetParameters().Length).ToList();
            if (methods.Count > 0) return new Member(type, null, methods);
        }
        return null;
    }

    private static Func<object, object?> Getter(Type type, MemberInfo member)
    {
        try
        {
            var target = Expression.Parameter(typeof(object), "target");
            var typed = Expression.Convert(target, type);
            Expression read = member is PropertyInfo p ? Expression.Property(typed, p) : Expression.Field(typed, (FieldInfo)member);
            return Expression.Lambda<Func<object, object?>>(Expression.Convert(read, typeof(object)), target).Compile();
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or NotSupportedException)
        {
            return member is PropertyInfo p ? p.GetValue : ((FieldInfo)member).GetValue;
        }
    }

    private static bool IsExposed(MemberInfo member) => member switch
    {
        PropertyInfo p => p.GetIndexParameters().Length == 0 && p.CanRead && !IsUnsafeType(p.PropertyType),
        FieldInfo f => !IsUnsafeType(f.FieldType),
        MethodInfo m => !m.IsSpecialName && !m.IsGenericMethodDefinition && m.DeclaringType != typeof(object)
            && !IsUnsafeType(m.ReturnType) && m.Name is not ("GetType" or "Deconstruct" or "<Clone>$"),
        _ => false,
    };

    private static bool IsUnsafeType(Type type) =>
        typeof(MemberInfo).IsAssignableFrom(type) || typeof(Assembly).IsAssignableFrom(type) ||
        typeof(Module).IsAssignableFrom(type) || type.Namespace?.StartsWith("System.Reflection", StringComparison.Ordinal) == true;

    private static bool IsUnsafeValue(object? value) => value is MemberInfo or Assembly or Module or Delegate;
}
