using Carafe.Extensions;
using FuturePlugin;

[assembly: CarafeExtension(typeof(FutureExtension), "Future", "3.0.0", Supports = "[0.2, 1.0)")]

namespace FuturePlugin;

/// <summary>Never initialised: its supported range excludes the app's contract.</summary>
public sealed class FutureExtension : CarafeExtension
{
    /// <inheritdoc/>
    public override void Initialize(IExtensionApp app) => app.Route("/future", () => "from the future");
}
