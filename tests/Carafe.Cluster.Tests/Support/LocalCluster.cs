using System.Diagnostics;
using Carafe.Testing;

namespace Carafe.Cluster.Tests.Support;

/// <summary>
/// A cluster started by deploy/cluster.sh (as shipped, copied next to the tests) in a temporary
/// state folder, running Flaskr's own build output; disposing it runs <c>cluster.sh stop</c>,
/// which stops every process by the id recorded in the folder, whatever the test did.
/// </summary>
internal sealed class LocalCluster : IAsyncDisposable
{
    private static readonly string Script = Path.Combine(AppContext.BaseDirectory, "deploy", "cluster.sh");
    private readonly Dictionary<string, string> _environment;
    private readonly Action<string> _log;

    private LocalCluster(string folder, Dictionary<string, string> environment, Action<string> log)
    {
        Folder = folder;
        _environment = environment;
        _log = log;
        var settings = File.ReadAllLines(Path.Combine(folder, "cluster.env"))
            .Select(line => line.Split('=', 2))
            .ToDictionary(pair => pair[0], pair => pair[1].Replace("\\ ", " ", StringComparison.Ordinal));
        NginxPort = int.Parse(settings["NGINX_PORT"]);
        InstancePorts = settings["FLASKR_PORTS"].Split(' ').Select(int.Parse).ToArray();
        DatabaseUrl = settings["DATABASE_URL"];
    }

    /// <summary>The state folder: cluster.env, pids/, and each process's logs.</summary>
    public string Folder { get; }

    public int NginxPort { get; }

    /// <summary>Instance N's port is at index N - 1.</summary>
    public IReadOnlyList<int> InstancePorts { get; }

    /// <summary><c>postgresql://postgres@127.0.0.1:port/flaskr</c>.</summary>
    public string DatabaseUrl { get; }

    /// <summary>Npgsql's connection string for <see cref="DatabaseUrl"/>.</summary>
    public string ConnectionString => $"Host=127.0.0.1;Port={new Uri(DatabaseUrl).Port};Username=postgres;Database=flaskr;Pooling=false";

    /// <summary>Runs <c>cluster.sh start</c> with Flaskr's build output and the given SMTP server; fails the test with the script's output if it fails.</summary>
    public static async Task<LocalCluster> StartAsync(int smtpPort, Action<string> log)
    {
        var flaskr = Path.GetDirectoryName(PluginTestHost.BuildOutputOf("../../samples/Flaskr", "Flaskr"))!;
        var folder = Directory.CreateTempSubdirectory("carafe-cluster-").FullName;
        var environment = new Dictionary<string, string>
        {
            ["FLASKR_DIR"] = flaskr,
            ["MAIL_SERVER"] = "127.0.0.1",
            ["MAIL_PORT"] = smtpPort.ToString(),
            // A killed instance's message is sent again by another once its lease runs out: keep that wait short.
            ["CARAFE_MAIL_TIMEOUT"] = "5",
            ["CARAFE_MAIL_OUTBOX_LEASE"] = "10",
        };
        var (exitCode, output) = await RunAsync(environment, "start", folder);
        log(output);
        if (exitCode != 0)
        {
            // The script stops what it started when start fails; stop again in case it was interrupted.
            await RunAsync(environment, "stop", folder);
            Assert.Fail($"cluster.sh start failed ({exitCode}):\n{output}");
        }
        return new LocalCluster(folder, environment, log);
    }

    /// <summary>Runs another cluster.sh command on this cluster (<c>kill-instance 2</c>, <c>start-instance 2</c>) and answers its output; fails the test if it fails.</summary>
    public async Task<string> CommandAsync(params string[] arguments)
    {
        var (exitCode, output) = await RunAsync(_environment, [.. arguments, Folder]);
        _log(output);
        Assert.True(exitCode == 0, $"cluster.sh {string.Join(' ', arguments)} failed ({exitCode}):\n{output}");
        return output;
    }

    /// <summary>nginx's access log: one line per request, naming the instance that answered it.</summary>
    public string[] AccessLog() => File.ReadAllLines(Path.Combine(Folder, "nginx", "access.log"));

    public async ValueTask DisposeAsync()
    {
        var (exitCode, output) = await RunAsync(_environment, "stop", Folder);
        _log(output);
        if (exitCode == 0)
        {
            Directory.Delete(Folder, recursive: true);
        }
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(Dictionary<string, string> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Script);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await errors);
    }
}
