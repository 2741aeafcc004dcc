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
        if (context.Environment.Sandbox is null && Attributes.IsPlainObject(value))
        {
            var type = value!.GetType();
            var member = _lastMember;
            if (member is null || member.Type != type) _lastMember = member = DotNetMembers.Lookup(type, Name);
            if (member?.Read is { } read) return read(value);
        }
        return Attributes.GetAttribute(context, value, Name);
    }
}
