using Carafe.Extensions;
using Dependent;

[assembly: CarafeExtension(typeof(DependentExtension), "Dependent", "1.0.0", DependsOn = ["Faulty"])]

namespace Dependent;

/// <summary>Needs Faulty, so it is never initialised: Faulty throws.</summary>
public sealed class DependentExtension : CarafeExtension
{
    /// <inheritdoc/>
    public override void Initialize(IExtensionApp app) => app.Route("/", () => "depends on Faulty");
}
