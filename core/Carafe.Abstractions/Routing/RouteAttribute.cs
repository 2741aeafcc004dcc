namespace Carafe;

/// <summary>
/// Marks a method as a view for a URL rule, the C# spelling of Flask's <c>@app.route</c>
/// decorator; register the class's views with <c>app.AddViews(typeof(T))</c> (static methods) or
/// <c>app.AddViews(instance)</c>. A method may carry several rules.
/// </summary>
/// <param name="rule">The rule, such as <c>/user/&lt;int:id&gt;</c>.</param>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class RouteAttribute(string rule) : Attribute
{
    /// <summary>The URL rule.</summary>
    public string Rule { get; } = rule;

    /// <summary>The methods it answers; GET when not set.</summary>
    public string[]? Methods { get; init; }

    /// <summary>The endpoint; the method's name in snake_case when not set.</summary>
    public string? Endpoint { get; init; }

    /// <summary>Whether a rule ending in a slash redirects the URL without it.</summary>
    public bool StrictSlashes { get; init; } = true;
}
