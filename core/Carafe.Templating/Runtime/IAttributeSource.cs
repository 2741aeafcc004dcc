namespace Carafe.Templating;

/// <summary>
/// An object that answers <c>obj.name</c> and <c>obj['name']</c> itself, as Python's <c>__getattr__</c>:
/// the loop, namespaces and modules do, and so can an application's objects (a form answering
/// <c>form.username</c> with its field). Nothing else is looked up on such an object.
/// </summary>
public interface IAttributeSource
{
    /// <summary>The attribute <paramref name="name"/> as the template spelled it; false when there is none.</summary>
    bool TryGetAttribute(string name, out object? value);
}
