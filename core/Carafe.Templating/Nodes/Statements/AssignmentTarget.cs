using Carafe.Templating.Globals;
using Carafe.Templating.Runtime;
using Carafe.Templating.Values;

namespace Carafe.Templating.Nodes;

/// <summary>What <c>set</c>, <c>for</c> and <c>with</c> assign to: a name, several names, or <c>ns.attr</c>.</summary>
internal abstract class AssignmentTarget
{
    public abstract void Assign(RenderContext context, Scope scope, object? value);

    public abstract IEnumerable<string> Names { get; }
}

internal sealed class NameTarget(string name) : AssignmentTarget
{
    public string Name { get; } = name;

    public override void Assign(RenderContext context, Scope scope, object? value) => scope.Set(Name, value);

    public override IEnumerable<string> Names => [Name];
}

internal sealed class TupleTarget(IReadOnlyList<AssignmentTarget> items) : AssignmentTarget
{
    public override void Assign(RenderContext context, Scope scope, object? value)
    {
        if (!PyIteration.IsIterable(value)) throw new TemplateRuntimeException($"cannot unpack non-iterable {PyFormat.TypeName(value)} object");
        var values = PyIteration.ToList(value);
        if (values.Count != items.Count)
            throw new TemplateRuntimeException(values.Count > items.Count
                ? $"too many values to unpack (expected {items.Count})"
                : $"not enough values to unpack (expected {items.Count}, got {values.Count})");
        for (int i = 0; i < items.Count; i++) items[i].Assign(context, scope, values[i]);
    }

    public override IEnumerable<string> Names => items.SelectMany(i => i.Names);
}

internal sealed class NamespaceTarget(string name, string attribute) : AssignmentTarget
{
    public override void Assign(RenderContext context, Scope scope, object? value)
    {
        if (context.Resolve(name) is not Namespace ns)
            throw new TemplateRuntimeException("cannot assign attribute on non-namespace object");
        ns.Set(attribute, value);
    }

    public override IEnumerable<string> Names => [];
}
