using Carafe;
using Carafe.Orm;
using Flaskr.Auth;
using Flaskr.Blog;
using Flaskr.Data;
using Microsoft.Extensions.DependencyInjection;

namespace Flaskr;

/// <summary>Flask's tutorial blog, Flaskr, the Carafe way: its application factory, <c>create_app</c>.</summary>
public static class FlaskrApp
{
    /// <summary>Creates and configures the app.</summary>
    /// <param name="args">The command line: <c>init-db</c>, <c>routes</c>, <c>--port</c>, <c>--debug</c>.</param>
    /// <param name="testConfig">Configuration applied over appsettings.json and the <c>CARAFE_</c> variables, as <c>create_app(test_config)</c>.</param>
    /// <param name="rootPath">The folder holding <c>templates/</c>, <c>static/</c> and appsettings.json; the program's folder by default.</param>
    public static CarafeApp Create(string[]? args = null, IReadOnlyDictionary<string, object?>? testConfig = null, string? rootPath = null)
    {
        var app = new CarafeApp(args, rootPath, name: "flaskr");
        foreach (var (key, value) in testConfig ?? new Dictionary<string, object?>())
        {
            app.Config[key] = value;
        }

        app.SessionInterface = SessionStore.FromConfig(app.Config) ?? app.SessionInterface;
        // The database SQLALCHEMY_DATABASE_URI names (the instance folder's flaskr.sqlite by default, or postgresql://...); its tables are made at start-up.
        app.Services.AddOrm<FlaskrDb>();
        app.Services.AddOrmStartup(scope => scope.CreateAll());
        app.AddCommand("init-db", InitDbCommand.Description, InitDbCommand.RunAsync);
        app.Services.AddSingleton(services => new PasswordResetTokens(
            app.Config.Get("SECRET_KEY", "") is { Length: > 0 } key ? key : throw new InvalidOperationException("Flaskr signs password reset links with SECRET_KEY: set it in appsettings.json or CARAFE_SECRET_KEY."),
            services.GetRequiredService<TimeProvider>()));

        app.Get("/hello", () => "Hello, World!", endpoint: "hello");
        app.BeforeRequest(CurrentUser.Load);
        app.RegisterBlueprint(AuthViews.Blueprint());
        app.RegisterBlueprint(BlogViews.Blueprint());
        // url_for('index') is url_for('blog.index'): the blog is the site's front page.
        app.Get("/", BlogViews.Index, endpoint: "index");
        app.AddTemplateFilter("date", (DateTime value) => value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        return app;
    }
}
