using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Carafe.Orm.PostgreSql.Tests;

/// <summary>
/// A PostgreSQL server of the tests' own: Debian's binaries (<c>postgresql</c>, which test.sh
/// installs), a cluster made by initdb in a temporary folder, listening on 127.0.0.1 at a free
/// port, stopped by its process id at the end (and, for outage tests, stopped and started
/// again on the same port). Where the binaries are missing, <see cref="Unavailable"/> says why
/// and the tests skip. The Mail tests link this file too.
/// </summary>
public sealed class PostgreSqlServer : IDisposable
{
    private readonly string? _folder;
    private readonly string? _data;
    private readonly Func<string, string[], string[]>? _command;
    private int _pid;

    public PostgreSqlServer()
    {
        var bin = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).Where(d => File.Exists(Path.Combine(d, "initdb"))).Order().LastOrDefault()
            : null;
        if (bin is null)
        {
            Unavailable = "PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb): run ./test.sh, which installs Debian's postgresql.";
            return;
        }
        _folder = Directory.CreateTempSubdirectory("carafe-orm-pg-").FullName;
        _data = Path.Combine(_folder, "data");
        // PostgreSQL refuses to run as root: the cluster belongs to the postgres user.
        var asRoot = Environment.UserName == "root";
        if (asRoot)
        {
            Run(["chown", "-R", "postgres:postgres", _folder]);
        }
        _command = (program, args) => asRoot ? ["runuser", "-u", "postgres", "--", Path.Combine(bin, program), .. args] : [Path.Combine(bin, program), .. args];

        Port = FreePort();
        Run(_command("initdb", ["-D", _data, "-U", "postgres", "--auth=trust", "--no-sync", "-E", "UTF8", "--locale=C"]));
        Start();
    }

    /// <summary>Why there is no server, or null when it runs.</summary>
    public string? Unavailable { get; }

    /// <summary>The port it listens on, at 127.0.0.1.</summary>
    public int Port { get; }

    /// <summary>A URL for a new, empty database of its own, as the Orm's configuration takes it.</summary>
    public string CreateDatabase()
    {
        var name = "test_" + Guid.NewGuid().ToString("N");
        using var connection = new NpgsqlConnection($"Host=127.0.0.1;Port={Port};Username=postgres;Database=postgres;Pooling=false");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"CREATE DATABASE {name}";
        command.ExecuteNonQuery();
        return $"postgresql://postgres@127.0.0.1:{Port}/{name}";
    }

    /// <summary>Starts the server on <see cref="Port"/>, unless it runs, and waits until it takes connections.</summary>
    public void Start()
    {
        if (_pid > 0)
        {
            return;
        }
        Run(_command!("pg_ctl", ["start", "-D", _data!, "-w", "-t", "60", "-l", Path.Combine(_folder!, "server.log"),
            "-o", $"-p {Port} -k {_folder} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=120"]));
        _pid = int.Parse(File.ReadLines(Path.Combine(_data!, "postmaster.pid")).First());
    }

    /// <summary>Stops the server (SIGINT: PostgreSQL's fast shutdown, which ends every session) and waits for it to go.</summary>
    public void Stop()
    {
        if (_pid <= 0)
        {
            return;
        }
        NpgsqlConnection.ClearAllPools();
        Run(["kill", "-INT", _pid.ToString()]);
        try
        {
            Process.GetProcessById(_pid).WaitForExit(TimeSpan.FromSeconds(30));
        }
        catch (ArgumentException)
        {
            // Already gone.
        }
        _pid = 0;
    }

    /// <summary>Stops the server and deletes its folder.</summary>
    public void Dispose()
    {
        Stop();
        if (_folder is not null)
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void Run(string[] command)
    {
        var start = new ProcessStartInfo(command[0]) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in command.Skip(1))
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{string.Join(' ', command)} failed ({process.ExitCode}): {error}{output.Result}");
        }
    }
}

[CollectionDefinition(nameof(PostgreSqlServer))]
public sealed class PostgreSqlCollection : ICollectionFixture<PostgreSqlServer>;
