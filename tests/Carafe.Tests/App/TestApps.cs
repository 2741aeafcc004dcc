using Carafe.Testing;

namespace Carafe.Tests.App;

/// <summary>The shared fixture, as Flask's conftest: an app with a secret key and a root folder of its own.</summary>
internal static class TestApps
{
    public const string NotFoundPage =
        "<!doctype html>\n<html lang=en>\n<title>404 Not Found</title>\n<h1>Not Found</h1>\n" +
        "<p>The requested URL was not found on the server. If you entered the URL manually please check your spelling and try again.</p>\n";

    public const string MethodNotAllowedPage =
        "<!doctype html>\n<html lang=en>\n<title>405 Method Not Allowed</title>\n<h1>Method Not Allowed</h1>\n" +
        "<p>The method is not allowed for the requested URL.</p>\n";

    public const string BadRequestPage =
        "<!doctype html>\n<html lang=en>\n<title>400 Bad Request</title>\n<h1>Bad Request</h1>\n" +
        "<p>The browser (or proxy) sent a request that this server could not understand.</p>\n";

    public const string InternalServerErrorPage =
        "<!doctype html>\n<html lang=en>\n<title>500 Internal Server Error</title>\n<h1>Internal Server Error</h1>\n" +
        "<p>The server encountered an internal error and was unable to complete your request. Either the server is overloaded or there is an error in the application.</p>\n";

    public const string Html = "text/html; charset=utf-8";

    /// <summary>A new app rooted in a fresh temporary folder, with SECRET_KEY set.</summary>
    public static CarafeApp Create(Action<string>? prepareRoot = null)
    {
        var root = Directory.CreateTempSubdirectory("carafe-test-").FullName;
        prepareRoot?.Invoke(root);
        var app = new CarafeApp(rootPath: root);
        app.Config["SECRET_KEY"] = "test secret key";
        return app;
    }

    public static TestClient Client(this CarafeApp app) => app.TestClient();
}
