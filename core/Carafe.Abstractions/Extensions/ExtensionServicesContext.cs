using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Carafe.Extensions;

/// <summary>What <see cref="CarafeExtension.ConfigureServices"/> works with.</summary>
public sealed class ExtensionServicesContext
{
    /// <summary>Creates the context; the host does this.</summary>
    /// <param name="name">The extension's name.</param>
    /// <param name="services">Where the extension adds its services.</param>
    /// <param name="configuration">The app's whole configuration.</param>
    public ExtensionServicesContext(string name, IServiceCollection services, IConfiguration configuration)
    {
        Name = name;
        Services = services;
        Configuration = configuration;
    }

    /// <summary>The extension's name, also the name of its settings section.</summary>
    public string Name { get; }

    /// <summary>Where the extension adds its services.</summary>
    public IServiceCollection Services { get; }

    /// <summary>The app's whole configuration (<c>appsettings.json</c>, <c>CARAFE_</c> variables).</summary>
    public IConfiguration Configuration { get; }

    /// <summary>The extension's own section of the configuration, named after the extension.</summary>
    public IConfigurationSection Settings => Configuration.GetSection(Name);

    /// <summary>
    /// Registers <typeparamref name="TSettings"/> as options: a new instance holds the defaults,
    /// and the keys of <see cref="Settings"/> override them. Views and services take
    /// <c>IOptions&lt;TSettings&gt;</c> as a parameter.
    /// </summary>
    /// <typeparam name="TSettings">A class whose properties are the settings, initialised to their defaults.</typeparam>
    public OptionsBuilder<TSettings> AddSettings<TSettings>() where TSettings : class =>
        Services.AddOptions<TSettings>().Bind(Settings);
}
