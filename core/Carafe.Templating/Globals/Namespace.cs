using Carafe.Templating.Runtime;
using Carafe.Templating.Values;

namespace Carafe.Templating.Globals;

/// <summary>The object <c>namespace()</c> makes: attributes a template can assign across scopes with <c>set ns.x = ...</c>.</summary>
internal sealed class Namespace : IAttributeSource
{
    private readonly PyDict _attributes = new();

    public void Set(string name, object? value) => _attributes.Set(name, value);

    public bool TryGetAttribute(string name, out object? value) => _attributes.TryGetValue(name, out value);

    public override string ToString() => "<Namespace " + PyFormat.Repr(_attributes) + ">";
}
