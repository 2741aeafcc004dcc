using Carafe.Testing;

namespace Flaskr.Tests.Support;

/// <summary>Flask's conftest <c>AuthActions</c>: log in (through the login page's form) and log out.</summary>
internal sealed class AuthActions(TestClient client)
{
    public TestResponse Login(string username = "test", string password = "test") =>
        client.Submit("/auth/login", new { username, password });

    public TestResponse Logout() => client.Get("/auth/logout");
}
