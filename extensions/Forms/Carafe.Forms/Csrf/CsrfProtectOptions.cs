namespace Carafe.Forms;

/// <summary>
/// The views and blueprints <see cref="CsrfProtect"/> leaves alone, as Flask-WTF's <c>csrf.exempt</c>:
/// <c>app.Services.Configure&lt;CsrfProtectOptions&gt;(o =&gt; o.Exempt("webhook").ExemptBlueprint("api"))</c>.
/// </summary>
public sealed class CsrfProtectOptions
{
    internal HashSet<string> Endpoints { get; } = new(StringComparer.Ordinal);

    internal HashSet<string> Blueprints { get; } = new(StringComparer.Ordinal);

    /// <summary>Exempts the view with endpoint <paramref name="endpoint"/> (<c>webhook</c>, <c>api.items</c>).</summary>
    public CsrfProtectOptions Exempt(string endpoint)
    {
        Endpoints.Add(endpoint);
        return this;
    }

    /// <summary>Exempts every view of the blueprint named <paramref name="blueprint"/>.</summary>
    public CsrfProtectOptions ExemptBlueprint(string blueprint)
    {
        Blueprints.Add(blueprint);
        return this;
    }
}
