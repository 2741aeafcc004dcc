namespace Carafe.Templating.Runtime;

/// <summary>A runtime object (loop, namespace, module, macro) that answers <c>obj.name</c> itself.</summary>
internal interface IAttributeSource
{
    bool TryGetAttribute(string name, out object? value);
}
