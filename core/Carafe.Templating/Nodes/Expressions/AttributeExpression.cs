using Carafe.Templating.Runtime;

namespace Carafe.Templating.Nodes;

/// <summary>
/// <c>obj.name</c>: an attribute, falling back to an item, as Jinja's <c>getattr</c>. Remembers the .NET property it
/// read last time, so a loop over objects of one type resolves the member once.
/// </summary>
internal sealed class AttributeExpression(int line, Expression target, string name) : Expression(line)
{
    private DotNetMembers.Member? _lastMember;

    public Expression Target { get; } = target;
    public string Name { get; } = name;

    public override object? Evaluate(RenderContext context)
    {
        StackGuard.Check();
        var value = Target.Evaluate(context);
        if (context.Environment.Sandbox is null && value is not null)
        {
            var member = _lastMember;
            if (member is not null && member.Type == value.GetType() && member.Read is { } cached) return cached(value);
            if (Attributes.IsPlainObject(value))
            {
                _lastMember = member = DotNetMembers.Lookup(value.GetType(), Name);
                if (member?.Read is { } read) return read(value);
            }
        }
        return Attributes.GetAttribute(context, value, Name);
    }
}
