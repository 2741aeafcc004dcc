using System.Collections;
using Microsoft.Extensions.Configuration;

namespace Carafe.Orm;

/// <summary>
/// Flask-SQLAlchemy's configuration, read from the app's config (<c>SQLALCHEMY_*</c> keys, from
/// code, <c>appsettings.json</c> or <c>CARAFE_</c> variables) and .NET's <c>ConnectionStrings</c>.
/// </summary>
internal sealed record OrmSettings(IReadOnlyList<BindSettings> Binds, bool Echo, bool RecordQueries, string InstancePath)
{
    public const string DatabaseUriKey = "SQLALCHEMY_DATABASE_URI";
    public const string BindsKey = "SQLALCHEMY_BINDS";
    public const string EngineOptionsKey = "SQLALCHEMY_ENGINE_OPTIONS";

    /// <summary>
    /// The settings: the default database is <c>SQLALCHEMY_DATABASE_URI</c>, else
    /// <c>ConnectionStrings:Default</c>; each bind is an entry of <c>SQLALCHEMY_BINDS</c> (a URL, or
    /// options with a <c>url</c>), else <c>ConnectionStrings:&lt;bind&gt;</c> for a bind a model uses.
    /// </summary>
    /// <exception cref="OrmConfigurationException">No database is configured, or a model's bind is not.</exception>
    public static OrmSettings From(Config config, IConfiguration configuration, string instancePath, IEnumerable<string?> modelBinds)
    {
        var engineOptions = Map(config[EngineOptionsKey] ?? Section(configuration, EngineOptionsKey), EngineOptionsKey);
        var binds = new List<BindSettings>();
        var defaultUrl = Text(config[DatabaseUriKey]) ?? configuration.GetConnectionString("Default");
        if (defaultUrl is not null)
        {
            binds.Add(new BindSettings(null, config[DatabaseUriKey] is null ? "ConnectionStrings:Default" : DatabaseUriKey, defaultUrl, engineOptions));
        }
        foreach (var (name, value) in Map(config[BindsKey] ?? Section(configuration, BindsKey), BindsKey))
        {
            var key = $"{BindsKey}.{name}";
            if (value is IReadOnlyDictionary<string, object?> options)
            {
                var url = Text(options.GetValueOrDefault("url")) ?? throw new OrmConfigurationException(key, "a bind given as options needs a 'url'.");
                var merged = engineOptions.Concat(options.Where(o => o.Key != "url")).GroupBy(o => o.Key).ToDictionary(g => g.Key, g => g.Last().Value);
                binds.Add(new BindSettings(name, key, url, merged));
            }
            else
            {
                binds.Add(new BindSettings(name, key, Text(value) ?? throw new OrmConfigurationException(key, "the bind has no URL."), engineOptions));
            }
        }
        foreach (var bind in modelBinds.Distinct().Where(b => !binds.Any(s => s.Bind == b)))
        {
            var key = bind is null ? DatabaseUriKey : $"{BindsKey}.{bind}";
            var url = configuration.GetConnectionString(bind ?? "Default") ?? throw new OrmConfigurationException(key,
                bind is null
                    ? "no database is configured: set SQLALCHEMY_DATABASE_URI (such as 'sqlite:///app.db', in the instance folder) or ConnectionStrings:Default."
                    : $"a model uses the bind '{bind}', which is not configured: add it to SQLALCHEMY_BINDS or set ConnectionStrings:{bind}.");
            binds.Add(new BindSettings(bind, $"ConnectionStrings:{bind ?? "Default"}", url, engineOptions));
        }
        if (binds.Count == 0)
        {
            throw new OrmConfigurationException(DatabaseUriKey, "either SQLALCHEMY_DATABASE_URI or SQLALCHEMY_BINDS must be set (or ConnectionStrings:Default).");
        }
        return new OrmSettings(binds, Flag(config, "SQLALCHEMY_ECHO"), Flag(config, "SQLALCHEMY_RECORD_QUERIES"), instancePath);
    }

    private static bool Flag(Config config, string key)
    {
        try
        {
            return config.Get(key, false);
        }
        catch (InvalidOperationException e)
        {
            throw new OrmConfigurationException(key, e.Message);
        }
    }

    private static string? Text(object? value) => value switch
    {
        null => null,
        string text => text,
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture),
    };

    private static IConfigurationSection? Section(IConfiguration configuration, string key) =>
        configuration.GetSection(key) is { } section && section.GetChildren().Any() ? section : null;

    /// <summary>A dictionary given in code (any <see cref="IDictionary"/>) or a configuration section, as nested dictionaries.</summary>
    private static IReadOnlyDictionary<string, object?> Map(object? value, string key) => value switch
    {
        null => new Dictionary<string, object?>(),
        IReadOnlyDictionary<string, object?> map => map,
        IDictionary dictionary => dictionary.Keys.Cast<object>().ToDictionary(k => Text(k)!, k => Nested(dictionary[k])),
        IConfigurationSection section => section.GetChildren().ToDictionary(c => c.Key, c => c.Value ?? (object?)Map(c, key)),
        _ => throw new OrmConfigurationException(key, $"expected a mapping (a dictionary in code, an object in appsettings.json), not '{value}'."),
    };

    private static object? Nested(object? value) => value is IDictionary or IConfigurationSection ? Map(value, "") : value;
}

/// <summary>One database: the default (<see cref="Bind"/> null) or a named bind, its URL and engine options.</summary>
internal sealed record BindSettings(string? Bind, string Key, string Url, IReadOnlyDictionary<string, object?> EngineOptions);
