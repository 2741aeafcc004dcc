using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Carafe.Deployment.Tests.Support;

/// <summary>
/// A server program (nginx, redis-server) run by a test: started in the foreground as a child
/// process on a free 127.0.0.1 port, waited for until it accepts connections, and stopped by its
/// process id. A program that is not installed fails the test with what to do about it.
/// </summary>
internal sealed class LocalServer : IDisposable
{
    private readonly Process _process;

    private LocalServer(Process process, int port)
    {
        _process = process;
        Port = port;
    }

    public int Port { get; }

    public int ProcessId => _process.Id;

    /// <summary>Finds <paramref name="program"/> on the PATH (or in /usr/sbin), or fails naming the Debian package test.sh installs.</summary>
    public static string Locate(string program, string debianPackage)
    {
        var folders = (System.Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Append("/usr/sbin").Append("/usr/bin");
        return folders.Select(folder => Path.Combine(folder, program)).FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException(
                $"{program} is not installed, and this test runs a real one. ./test.sh installs it (the Debian package " +
                $"'{debianPackage}' is in its needed_packages); to run this project alone, apt-get install {debianPackage}.");
    }

    /// <summary>
    /// A port nothing listens on now, for a program that must be told its port: below Linux's
    /// ephemeral range, so that no outgoing connection is given it before the program binds it
    /// (as deploy/cluster.sh chooses its ports).
    /// </summary>
    public static int FreePort()
    {
        var ephemeralLow = int.Parse(File.ReadAllText("/proc/sys/net/ipv4/ip_local_port_range").Split('\t', ' ')[0]);
        var lowest = ephemeralLow - 10000 >= 1000 ? 10000 : 1024;
        while (true)
        {
            var candidate = Random.Shared.Next(lowest, ephemeralLow);
            try
            {
                using var listener = new TcpListener(IPAddress.Loopback, candidate);
                listener.Start();
                return candidate;
            }
            catch (SocketException e) when (e.SocketErrorCode == SocketError.AddressAlreadyInUse)
            {
                // Taken: another candidate.
            }
        }
    }

    /// <summary>Starts <paramref name="executable"/> and waits until <paramref name="port"/> accepts connections; its own log explains a failure.</summary>
    public static async Task<LocalServer> StartAsync(string executable, IEnumerable<string> arguments, int port, string logFile)
    {
        var start = new ProcessStartInfo(executable) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        // A readiness wait, not an assertion: bounded so that a server that never comes up fails the test instead of hanging it.
        for (var attempt = 0; attempt < 200; attempt++)
        {
            if (process.HasExited)
            {
                break;
            }
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, port);
                return new LocalServer(process, port);
            }
            catch (SocketException)
            {
                await Task.Delay(50);
            }
        }
        if (!process.HasExited)
        {
            process.Kill();
        }
        await process.WaitForExitAsync();
        var log = File.Exists(logFile) ? await File.ReadAllTextAsync(logFile) : "";
        throw new InvalidOperationException(
            $"{Path.GetFileName(executable)} did not start listening on 127.0.0.1:{port} (exit code {process.ExitCode}).\n" +
            $"{await output}{await errors}{log}");
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            _process.WaitForExit();
        }
        _process.Dispose();
    }
}
