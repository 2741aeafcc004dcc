using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Carafe.Cluster.Tests.Support;
using Carafe.Mail.Tests.Support;
using Npgsql;
using Xunit.Abstractions;

namespace Carafe.Cluster.Tests;

/// <summary>
/// deploy/cluster.sh under a bounded load through nginx, with one Flaskr instance killed
/// (SIGKILL) in the middle and started again: only requests overlapping the outage may fail,
/// at most one per client, and afterwards nothing acknowledged is lost, every session works on
/// every instance, and every queued mail reached the SMTP server, once (a second copy only as the
/// outbox's documented exception: the instance killed between the SMTP server's acceptance and
/// its commit), with its link on the cluster's own address. A request naming a foreign host never
/// reaches an instance.
/// </summary>
public sealed partial class ClusterFaultTests(ITestOutputHelper output)
{
    private const int Clients = 6;
    private const int Rounds = 20;          // each round: write a post, read the index; every other round, a password reset
    private const int KilledInstance = 2;
    private const double KillAfter = 0.2;   // of the operations, done before the kill
    private const int GateRound = Rounds * 2 / 3;  // clients wait here until the instance is back, so the last third runs on three again
    private const string ForeignHost = "evil.example";

    // Werkzeug's generate_password_hash("test", "pbkdf2:sha256:50000") (Flaskr.Tests' TestFlaskr): cheap to check, unlike the app's own 600,000 rounds.
    private const string PasswordHash = "pbkdf2:sha256:50000$UCY21pyXbNWx6Ji6$5b23f900c7ec0bbe9665bb232d75006ce25749b277a895a64b850a8ee12c8567";

    [Fact]
    public async Task An_instance_killed_and_restarted_under_load_loses_nothing_acknowledged()
    {
        var clock = Stopwatch.StartNew();
        await using var smtp = await TestSmtpServer.StartAsync();
        await using var cluster = await LocalCluster.StartAsync(smtp.Port, output.WriteLine);
        var started = clock.Elapsed;
        var clients = Enumerable.Range(1, Clients).Select(i => new BlogClient(cluster.NginxPort, $"load{i}")).ToList();
        try
        {
            await RegisterAsync(cluster, clients);
            foreach (var client in clients)
            {
                await client.LoginAsync("test");
            }
            var foreignHostReset = await clients[0].RequestPasswordResetForHostAsync(ForeignHost);
            output.WriteLine($"password reset with Host: {ForeignHost}: {(foreignHostReset.Acknowledged ? "acknowledged" : foreignHostReset.Error)}");

            var load = new LoadRun(Clients * Rounds * 5 / 2);
            var loading = Task.WhenAll(clients.Select((client, i) => RunClientAsync(client, i + 1, load)));
            await FaultAsync(cluster, load, loading);
            await loading;
            var loaded = clock.Elapsed;
            var instanceTwoLines = cluster.AccessLog().Skip(load.AccessLogLinesAtRestart).Count(line => line.Contains($"upstream=127.0.0.1:{cluster.InstancePorts[KilledInstance - 1]} ", StringComparison.Ordinal));

            output.WriteLine($"cluster started in {started.TotalSeconds:F1} s; load ran {(loaded - started).TotalSeconds:F1} s ({Clients} clients, {Rounds} rounds each)");
            output.WriteLine($"requests: {load.Attempted} attempted, {load.Served} served, {load.Errors.Count} errors");
            foreach (var error in load.Errors)
            {
                output.WriteLine($"  error: {error}");
            }
            output.WriteLine($"kill of flaskr-{KilledInstance} after {load.DoneAtKill} operations; back after {load.DoneAtRestart}; nginx sent it {instanceTwoLines} requests after its restart");
            foreach (var (instance, count) in RequestsPerInstance(cluster))
            {
                output.WriteLine($"  nginx -> {instance}: {count} requests");
            }
            var mail = await DeliveredMailAsync(cluster, smtp);
            var resetLink = $"http://127.0.0.1:{cluster.NginxPort}/auth/reset-password/";
            var foreignLinks = smtp.Received.Where(message => !(message.TextBody ?? "").Contains(resetLink, StringComparison.Ordinal)).Select(message => message.TextBody ?? "(no text part)").ToList();
            var errorsPerClient = load.Errors.GroupBy(error => error.Client).ToDictionary(group => group.Key, group => group.Count());
            output.WriteLine($"outbox drained {(clock.Elapsed - loaded).TotalSeconds:F1} s after the load");
            var missingPosts = await MissingPostsAsync(cluster, load.AcknowledgedPosts);
            var invalidSessions = await InvalidSessionsAsync(cluster, clients);
            var restartedHealth = await StatusAsync(cluster.InstancePorts[KilledInstance - 1], "/healthz");

            output.WriteLine($"posts: {load.AcknowledgedPosts.Count} acknowledged, {missingPosts.Count} missing (read from nginx and each instance)");
            output.WriteLine($"sessions: {Clients} x {cluster.InstancePorts.Count} instances checked, {invalidSessions.Count} invalid");
            output.WriteLine($"mail: {load.AcknowledgedResets} resets acknowledged, {mail.Rows} in the outbox, {mail.Delivered} delivered, {mail.Duplicates.Count} twice, {mail.Missing.Count} missing, {mail.NotSent} not marked sent, {foreignLinks.Count} without a link to {resetLink}");
            foreach (var duplicate in mail.Duplicates)
            {
                output.WriteLine($"  delivered twice: <{duplicate}> (the outbox's documented exception: an instance killed after the SMTP server accepted it, before its commit)");
            }
            output.WriteLine($"SUMMARY cluster fault test: {load.Served}/{load.Attempted} requests served, {load.Errors.Count} errors (during the outage), " +
                $"{load.AcknowledgedPosts.Count - missingPosts.Count}/{load.AcknowledgedPosts.Count} posts, {Clients * cluster.InstancePorts.Count - invalidSessions.Count}/{Clients * cluster.InstancePorts.Count} sessions, " +
                $"{mail.Delivered}/{mail.Rows} mails delivered, {mail.Duplicates.Count} twice, {mail.Missing.Count} missing");

            Assert.False(foreignHostReset.Acknowledged, $"a reset asked for with Host: {ForeignHost} was answered");
            Assert.DoesNotMatch("^[0-9]{3} ", foreignHostReset.Error);  // no HTTP answer at all: nginx closed the connection (444)
            Assert.Empty(foreignLinks);
            Assert.All(load.Errors, error => Assert.True(error.DuringOutage, $"{error} did not overlap the outage"));
            Assert.All(errorsPerClient, pair => Assert.True(pair.Value == 1, $"{pair.Key} saw {pair.Value} failed requests"));
            Assert.Empty(missingPosts);
            Assert.Empty(invalidSessions);
            Assert.Equal(0, mail.NotSent);
            Assert.InRange(mail.Duplicates.Count, 0, 1);
            Assert.Empty(mail.Missing);
            Assert.InRange(mail.Rows, load.AcknowledgedResets, load.AcknowledgedResets + Clients);
            Assert.Equal(HttpStatusCode.OK, restartedHealth);
        }
        finally
        {
            clients.ForEach(client => client.Dispose());
        }
    }

    // Each client's rounds: a post, the index, and every other round a password reset.
    private static async Task RunClientAsync(BlogClient client, int number, LoadRun load)
    {
        for (var round = 1; round <= Rounds; round++)
        {
            if (round == GateRound)
            {
                await load.Restarted;
            }
            var title = $"post {round} by client {number}";
            if (await load.RecordAsync(client.Username, $"create '{title}'", client.CreatePostAsync(title)))
            {
                load.AcknowledgePost(title);
            }
            await load.RecordAsync(client.Username, "index", client.ReadIndexAsync());
            if (round % 2 == 0 && await load.RecordAsync(client.Username, "reset", client.RequestPasswordResetAsync()))
            {
                load.AcknowledgeReset();
            }
        }
    }

    // Kills the instance once a fifth of the work is done, while clients are mid-request, then starts it again.
    // If anything here fails, the clients are let through the gate all the same: the test fails instead of hanging.
    private static async Task FaultAsync(LocalCluster cluster, LoadRun load, Task loading)
    {
        try
        {
            await load.WaitForDoneAsync((int)(load.Planned * KillAfter), loading);
            load.KillIssued();
            await cluster.CommandAsync("kill-instance", KilledInstance.ToString());
            await cluster.CommandAsync("start-instance", KilledInstance.ToString());
        }
        finally
        {
            load.RestartDone(cluster.AccessLog().Length);
        }
    }

    // The load's users, registered straight in the shared database before the load (hashing 600,000 rounds per user through the app is CPU the load needs).
    private static async Task RegisterAsync(LocalCluster cluster, IEnumerable<BlogClient> clients)
    {
        await using var connection = new NpgsqlConnection(cluster.ConnectionString);
        await connection.OpenAsync();
        foreach (var client in clients)
        {
            await using var insert = new NpgsqlCommand("""INSERT INTO "user" ("Username", "Password", "Email") VALUES (@name, @hash, @email)""", connection);
            insert.Parameters.AddWithValue("name", client.Username);
            insert.Parameters.AddWithValue("hash", PasswordHash);
            insert.Parameters.AddWithValue("email", client.Email);
            await insert.ExecuteNonQueryAsync();
        }
    }

    // Every acknowledged title on the index as nginx serves it and as each instance serves it directly.
    private static async Task<List<string>> MissingPostsAsync(LocalCluster cluster, IReadOnlyCollection<string> titles)
    {
        using var http = new HttpClient();
        var missing = new List<string>();
        foreach (var port in cluster.InstancePorts.Prepend(cluster.NginxPort))
        {
            var index = await http.GetStringAsync($"http://127.0.0.1:{port}/");
            missing.AddRange(titles.Where(title => !index.Contains($"<h1>{title}</h1>", StringComparison.Ordinal)).Select(title => $"{title} at :{port}"));
        }
        return missing;
    }

    // Each client's session cookie, presented to each instance directly: a logged-in page naming the user.
    private static async Task<List<string>> InvalidSessionsAsync(LocalCluster cluster, IEnumerable<BlogClient> clients)
    {
        using var http = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false });
        var invalid = new List<string>();
        foreach (var client in clients)
        {
            foreach (var port in cluster.InstancePorts)
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, $"http://127.0.0.1:{port}/");
                request.Headers.Add("Cookie", "session=" + client.SessionCookie);
                using var response = await http.SendAsync(request);
                var page = await response.Content.ReadAsStringAsync();
                if (response.StatusCode != HttpStatusCode.OK || !page.Contains($"<span>{client.Username}</span>", StringComparison.Ordinal) || !page.Contains("Log Out", StringComparison.Ordinal))
                {
                    invalid.Add($"{client.Username} at :{port} ({(int)response.StatusCode})");
                }
            }
        }
        return invalid;
    }

    // Waits (bounded) until the outbox is empty of waiting messages, then compares its rows with what the SMTP server received.
    private static async Task<MailFigures> DeliveredMailAsync(LocalCluster cluster, TestSmtpServer smtp)
    {
        await using var connection = new NpgsqlConnection(cluster.ConnectionString);
        await connection.OpenAsync();
        List<(string MessageId, string Status)> rows = [];
        // A readiness wait, not an assertion: the workers deliver in the background; a bound keeps a stuck outbox from hanging the test.
        for (var attempt = 0; attempt < 600; attempt++)
        {
            rows = [];
            await using var select = new NpgsqlCommand("SELECT message_id, status FROM carafe_mail_outbox", connection);
            await using (var reader = await select.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                {
                    rows.Add((reader.GetString(0), reader.GetString(1)));
                }
            }
            if (rows.All(row => row.Status is "Sent" or "Failed") && smtp.Received.Count >= rows.Count)
            {
                break;
            }
            await Task.Delay(100);
        }
        var delivered = smtp.Received.Select(message => message.MessageId ?? "").ToList();
        var ids = rows.Select(row => row.MessageId.Trim('<', '>')).ToHashSet();
        return new MailFigures(
            rows.Count,
            delivered.Count,
            rows.Count(row => row.Status != "Sent"),
            delivered.GroupBy(id => id).Where(group => group.Count() > 1).Select(group => group.Key).ToList(),
            ids.Where(id => !delivered.Contains(id)).ToList());
    }

    private static async Task<HttpStatusCode> StatusAsync(int port, string path)
    {
        using var http = new HttpClient();
        using var response = await http.GetAsync($"http://127.0.0.1:{port}{path}");
        return response.StatusCode;
    }

    private static IEnumerable<(string Instance, int Count)> RequestsPerInstance(LocalCluster cluster) =>
        cluster.AccessLog()
            .Select(line => UpstreamField().Match(line))
            .Where(match => match.Success)
            .SelectMany(match => match.Groups[1].Value.Split(", "))
            .GroupBy(upstream => upstream)
            .OrderBy(group => group.Key, StringComparer.Ordinal)
            .Select(group => (group.Key, group.Count()));

    // nginx's $upstream_addr: one address, or several ("a, b") when it tried the next after a failure.
    [GeneratedRegex(" upstream=(.*) upstream_status=")]
    private static partial Regex UpstreamField();

    private sealed record MailFigures(int Rows, int Delivered, int NotSent, List<string> Duplicates, List<string> Missing);
}
