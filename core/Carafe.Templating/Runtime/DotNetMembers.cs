using System.Collections.Concurrent;
using System.Reflection;
using Carafe.Templating.Values;

namespace Carafe.Templating.Runtime;

/// <summary>
/// How <c>user.first_name</c> finds a member of a .NET object: a public instance property or field, else a public
/// method (as a callable), whose name equals the attribute exactly, else ignoring case, else ignoring case and
/// underscores (so <c>first_name</c> finds <c>FirstName</c>). Lookups are cached per type and name.
/// Reflection entry points (<c>GetType</c>, members returning <see cref="Type"/> or reflection objects) are never exposed.
/// </summary>
internal static class DotNetMembers
{
    private static readonly ConcurrentDictionary<(Type, string), Member?> Cache = new();

    private sealed record Member(Func<object, object?>? Read, IReadOnlyList<MethodInfo>? Methods);

    public static bool TryGet(RenderContext context, object target, string name, out object? value)
    {
        var member = Cache.GetOrAdd((target.GetType(), name), key => Find(key.Item1, key.Item2));
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
                if (m is PropertyInfo p) return new Member(p.GetValue, null);
                if (m is FieldInfo f) return new Member(f.GetValue, null);
            }
            var methods = members.OfType<MethodInfo>().Where(m => rule(m.Name)).OrderBy(m => m.GetParameters().Length).ToList();
            if (methods.Count > 0) return new Member(null, methods);
        }
        return null;
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
