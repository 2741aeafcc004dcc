using Carafe;
using Carafe.Mail;
using Carafe.Orm;
using Carafe.Testing;
using Flaskr.Data;
using Microsoft.Extensions.DependencyInjection;

namespace Flaskr.Tests.Support;

/// <summary>
/// Flask's tutorial <c>conftest.py</c>: an app in testing mode on its own SQLite file in a temporary folder,
/// loaded with the tutorial's test data (users <c>test</c> and <c>other</c>, one post by <c>test</c>), a test
/// client, and the <c>auth</c> actions. The clock is a <see cref="ManualClock"/>.
/// </summary>
internal sealed class TestFlaskr : IDisposable
{
    // Made by Werkzeug 3.1.8: generate_password_hash("test" / "other", "pbkdf2:sha256:50000").
    public const string TestPasswordHash = "pbkdf2:sha256:50000$UCY21pyXbNWx6Ji6$5b23f900c7ec0bbe9665bb232d75006ce25749b277a895a64b850a8ee12c8567";
    public const string OtherPasswordHash = "pbkdf2:sha256:50000$OTiT5qfK8d3pEMRU$fe1384ee15b61e096bc5b4b3650799eda22ba9749fa1e3342770eccc30deaa2a";

    private readonly string _folder = Directory.CreateTempSubdirectory("flaskr-tests-").FullName;

    public TestFlaskr(Action<CarafeApp>? configure = null, bool seed = true)
    {
        DatabasePath = Path.Combine(_folder, "flaskr.sqlite");
        App = FlaskrApp.Create([], Config(DatabasePath));
        App.InstancePath = _folder;
        App.Services.AddSingleton<TimeProvider>(Clock);
        configure?.Invoke(App);
        Client = App.TestClient();
        if (seed)
        {
            WithDb(db =>
            {
                db.Users.AddRange(
                    new User { Username = "test", Password = TestPasswordHash, Email = "test@example.com" },
                    new User { Username = "other", Password = OtherPasswordHash, Email = "other@example.com" });
                db.SaveChanges();
                db.Posts.Add(new Post { Title = "test title", Body = "test\nbody", AuthorId = 1, Created = new DateTime(2018, 1, 1, 0, 0, 0, DateTimeKind.Utc) });
                db.SaveChanges();
            });
        }
        Auth = new AuthActions(Client);
    }

    public CarafeApp App { get; }

    public TestClient Client { get; }

    public AuthActions Auth { get; }

    public ManualClock Clock { get; } = new(new DateTimeOffset(2026, 11, 26, 12, 0, 0, TimeSpan.Zero));

    public string DatabasePath { get; }

    public Mail Mail => Client.Services.GetRequiredService<Mail>();

    /// <summary>The test config: <c>{"TESTING": True, "DATABASE": db_path}</c> in Flask's conftest.</summary>
    public static Dictionary<string, object?> Config(string databasePath) => new()
    {
        ["TESTING"] = true,
        ["SQLALCHEMY_DATABASE_URI"] = "sqlite:///" + databasePath,
    };

    /// <summary>Runs <paramref name="work"/> with the app's database, as <c>with app.app_context(): get_db()</c>.</summary>
    public T WithDb<T>(Func<FlaskrDb, T> work)
    {
        using var scope = Client.Services.GetRequiredService<Orm>().AppScope();
        return work(scope.Get<FlaskrDb>());
    }

    public void WithDb(Action<FlaskrDb> work) => WithDb(db =>
    {
        work(db);
        return 0;
    });

    /// <summary>Submits the form of the page at <paramref name="page"/> to <paramref name="action"/> (the page itself by default), CSRF token included.</summary>
    public TestResponse Submit(string page, object fields, string? action = null) => Client.Submit(page, fields, action);

    /// <summary>The session's CSRF token, from the login page's form (every form of a session carries the same one).</summary>
    public string CsrfToken() => Support.CsrfToken.From(Client.Get("/auth/login").Text);

    public void Dispose()
    {
        Client.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
