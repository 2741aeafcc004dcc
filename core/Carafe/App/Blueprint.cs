namespace Carafe;

/// <summary>
/// A group of routes, hooks, error handlers, templates and static files registered on an app
/// under a name and URL prefix, as Flask's <c>Blueprint</c>. Its endpoints are named
/// <c>blueprint.view</c>; inside its views <c>UrlFor(".view")</c> names its own.
/// </summary>
public sealed class Blueprint : Scaffold
{
    private bool _registered;

    /// <summary>Creates a blueprint.</summary>
    /// <param name="name">Its name, the prefix of its endpoints; no dots.</param>
    /// <param name="urlPrefix">The path its rules are mounted under, such as <c>/admin</c>.</param>
    /// <param name="staticFolder">Its own static folder, relative to <paramref name="rootPath"/>, or null.</param>
    /// <param name="staticUrlPath">The URL its static files are served under (after the prefix); <c>/static</c> by default.</param>
    /// <param name="templateFolder">Its own templates folder, searched after the app's, or null.</param>
    /// <param name="rootPath">The folder its paths are relative to; the app's base directory by default.</param>
    public Blueprint(string name, string? urlPrefix = null, string? staticFolder = null, string? staticUrlPath = null, string? templateFolder = null, string? rootPath = null)
        : base(name, rootPath ?? AppContext.BaseDirectory, staticFolder, staticUrlPath, templateFolder)
    {
        if (name.Contains('.'))
        {
            throw new ArgumentException($"Blueprint name '{name}' may not contain a dot '.' character.", nameof(name));
        }
        UrlPrefix = urlPrefix?.TrimEnd('/');
    }

    /// <summary>The URL prefix given when it was created.</summary>
    public string? UrlPrefix { get; }

    internal void MarkRegistered() => _registered = true;

    private protected override void EnsureSetupAllowed(string method)
    {
        if (_registered)
        {
            throw new InvalidOperationException(
                $"The setup method '{method}' can no longer be called on the blueprint '{Name}'. It has already been registered " +
                "on an app, and changes made now would not be applied. Make sure all its routes, hooks and handlers are set up before registering it.");
        }
    }
}
