using Carafe.Templating;

namespace Carafe.Templates;

/// <summary>Filters, tests, globals and loaders added to the app's templates before it starts.</summary>
internal sealed class TemplateRegistrations
{
    public List<(string Name, Delegate Filter)> Filters { get; } = [];

    public List<(string Name, Delegate Test)> Tests { get; } = [];

    public List<(string Name, object? Value)> Globals { get; } = [];

    public List<ITemplateLoader> Loaders { get; } = [];
}
