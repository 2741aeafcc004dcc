namespace Carafe.Extensions;

/// <summary>
/// An extension, as a Flask extension's <c>init_app</c>: first it adds its services, then it
/// initialises against the app (routes, hooks, template filters, commands). The host creates
/// one instance per app, so keep per-app state in instance fields, never in statics.
/// Declare it with <see cref="CarafeExtensionAttribute"/> on its assembly.
/// </summary>
public abstract class CarafeExtension
{
    /// <summary>
    /// Adds the extension's services before the app's service provider is built. Nothing is
    /// added to the app unless both this and <see cref="Initialize"/> succeed.
    /// </summary>
    /// <param name="context">The services, the app's configuration and the extension's own settings.</param>
    public virtual void ConfigureServices(ExtensionServicesContext context)
    {
    }

    /// <summary>
    /// Initialises the extension against the app. Everything it registers is applied when it
    /// returns; if it throws, nothing it registered stays behind.
    /// </summary>
    /// <param name="app">What an extension may add to the app.</param>
    public abstract void Initialize(IExtensionApp app);
}
