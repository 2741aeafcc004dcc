using System.Collections.Concurrent;
using Carafe.Orm.Events;
using Carafe.Orm.Tests.Support;
using Carafe.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using static Carafe.Helpers;

namespace Carafe.Orm.Tests;

/// <summary>Recorded queries, SQL echo through ILogger, and the events around commits.</summary>
public class RecordingAndEventsTests
{
    [Fact]
    public void Queries_of_a_request_are_recorded_with_parameters_timing_and_the_calling_location()
    {
        using var folder = new TempFolder();
        var app = OrmApps.School(folder);
        app.Config["SQLALCHEMY_RECORD_QUERIES"] = true;
        app.Get("/<city>", ListCity);
        using var client = app.TestClient();

        var recorded = client.Get("/London").Json!;

        var query = Assert.Single((IEnumerable<object?>)recorded);
        var fields = (IDictionary<string, object?>)query!;
        Assert.Contains("FROM \"Students\"", (string)fields["statement"]!);
        Assert.Equal("{'@city': 'London'}", fields["parameters"]);
        Assert.StartsWith("Carafe.Orm.Tests.RecordingAndEventsTests.ListCity (RecordingAndEventsTests.cs:", (string)fields["location"]!);
        Assert.True((bool)fields["timed"]!);
    }

    [Fact]
    public void Nothing_is_recorded_unless_asked()
    {
        using var folder = new TempFolder();
        var app = OrmApps.School(folder);
        app.Get("/<city>", ListCity);
        using var client = app.TestClient();

        Assert.Equal("[]\n", client.Get("/London").Text);
    }

    [Fact]
    public void Echo_logs_each_statement_and_its_parameters()
    {
        using var folder = new TempFolder();
        var logs = new CapturingLogger();
        var app = OrmApps.School(folder);
        app.Config["SQLALCHEMY_ECHO"] = "true";
        app.Services.AddSingleton<ILoggerProvider>(logs);
        app.Get("/<city>", ListCity);
        using var client = app.TestClient();

        client.Get("/Paris");

        var line = Assert.Single(logs.Lines, l => l.Category == "Carafe.Orm" && l.Message.Contains("WHERE \"s\".\"City\" = @city"));
        Assert.StartsWith("[default] SELECT", line.Message);
        Assert.Contains("[parameters: @city=Paris]", line.Message);
    }

    [Fact]
    public void Commit_events_carry_the_changed_entities_before_and_after_saving()
    {
        using var folder = new TempFolder();
        using var client = OrmApps.School(folder).TestClient();
        var orm = client.Services.GetRequiredService<Orm>();
        var events = new List<(string When, string Changes, int Saved)>();
        using var scope = orm.AppScope();
        var db = scope.Get<SchoolDb>();
        orm.BeforeCommit += (_, e) => events.Add(("before", Describe(e), db.Students.Count()));
        orm.AfterCommit += (_, e) => events.Add(("after", Describe(e), db.Students.Count()));

        var ada = new Student { Name = "Ada" };
        db.Students.AddRange(ada, new Student { Name = "Alan" });
        db.SaveChanges();
        ada.City = "London";
        db.Students.Remove(db.Students.Single(s => s.Name == "Alan"));
        db.SaveChanges();

        Assert.Equal([
            ("before", "insert Ada, insert Alan", 0), ("after", "insert Ada, insert Alan", 2),
            ("before", "update Ada, delete Alan", 2), ("after", "update Ada, delete Alan", 1)], events);
    }

    private static object ListCity(string city, SchoolDb db, Orm orm)
    {
        db.Students.Where(s => s.City == city).ToList();
        return Jsonify(orm.GetRecordedQueries().Select(q => new Dictionary<string, object?>
        {
            ["statement"] = q.Statement,
            ["parameters"] = "{" + string.Join(", ", q.Parameters.Select(p => $"'{p.Key}': '{p.Value}'")) + "}",
            ["location"] = q.Location,
            ["timed"] = q.Duration >= TimeSpan.Zero && q.End >= q.Start,
        }).ToList());
    }

    private static string Describe(ModelChangesEventArgs e) => string.Join(", ", e.Changes.Select(c => $"{c.Operation} {((Student)c.Entity).Name}"));

    private sealed class CapturingLogger : ILoggerProvider
    {
        public ConcurrentQueue<(string Category, string Message)> Lines { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

        public void Dispose()
        {
        }

        private sealed class Logger(CapturingLogger owner, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                owner.Lines.Enqueue((category, formatter(state, exception)));
        }
    }
}
