using Carafe.Testing;

namespace Carafe.Deployment.Tests.Support;

/// <summary>The shared fixture: an app with a secret key, rooted in a fresh temporary folder.</summary>
internal static class DeploymentApps
{
    public static CarafeApp Create()
    {
        var app = new CarafeApp(rootPath: Directory.CreateTempSubdirectory("carafe-deploy-").FullName);
        app.Config["SECRET_KEY"] = "deployment test secret key";
        return app;
    }

    public static TestClient Client(this CarafeApp app) => app.TestClient();
}
