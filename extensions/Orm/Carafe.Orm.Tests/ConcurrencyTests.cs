using System.Net;
using Carafe.Orm.Tests.Support;
using Carafe.Testing;
using Microsoft.EntityFrameworkCore;

namespace Carafe.Orm.Tests;

/// <summary>SQLite under load, over real Kestrel: many writers and readers at once.</summary>
public class ConcurrencyTests
{
    private const int Clients = 50;
    private const int Requests = 8;

    [Fact]
    public async Task Fifty_concurrent_writers_and_readers_lose_nothing_and_never_see_a_locked_database()
    {
        using var folder = new TempFolder();
        var app = OrmApps.School(folder);
        app.Post("/students", async (Request request, SchoolDb db) =>
        {
            db.Students.Add(new Student { Name = request.Form["name"], City = "Load" });
            await db.SaveChangesAsync();
            return ("created", 201);
        }, endpoint: "create");
        app.Get("/count", async (SchoolDb db) => (await db.Students.CountAsync()).ToString(), endpoint: "count");
        await using var server = await LiveServer.StartAsync(app);

        var results = await Task.WhenAll(Enumerable.Range(0, Clients).Select(client => Task.Run(async () =>
        {
            using var http = new HttpClient { BaseAddress = server.Url };
            var seen = new List<(HttpStatusCode Status, string Body)>();
            for (var i = 0; i < Requests; i++)
            {
                using var response = client % 2 == 0
                    ? await http.PostAsync("students", new FormUrlEncodedContent([new("name", $"student-{client}-{i}")]))
                    : await http.GetAsync("count");
                seen.Add((response.StatusCode, await response.Content.ReadAsStringAsync()));
            }
            return (Client: client, Seen: seen);
        })));

        const int writes = Clients / 2 * Requests;
        foreach (var (client, seen) in results)
        {
            Assert.All(seen, s => Assert.Equal(client % 2 == 0 ? HttpStatusCode.Created : HttpStatusCode.OK, s.Status));
            if (client % 2 == 1)
            {
                // Each reader sees the count grow, never past what was written.
                var counts = seen.Select(s => int.Parse(s.Body)).ToList();
                Assert.Equal(counts.Order(), counts);
                Assert.All(counts, c => Assert.InRange(c, 0, writes));
            }
        }
        using var http = new HttpClient { BaseAddress = server.Url };
        Assert.Equal(writes.ToString(), await http.GetStringAsync("count"));
        using var scope = ((Orm)server.Services.GetService(typeof(Orm))!).AppScope();
        var names = scope.Get<SchoolDb>().Students.Select(s => s.Name).ToHashSet();
        Assert.Equal(Enumerable.Range(0, Clients).Where(c => c % 2 == 0).SelectMany(c => Enumerable.Range(0, Requests).Select(i => $"student-{c}-{i}")).ToHashSet(), names);
    }
}
