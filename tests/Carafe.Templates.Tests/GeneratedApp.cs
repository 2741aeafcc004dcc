using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Carafe.Templates.Tests;

/// <summary>An app made from a template, started from its build output as <c>dotnet App.dll --port N</c> on 127.0.0.1; stopped by its process id.</summary>
internal sealed class GeneratedApp : IDisposable
{
    private readonly Process _process;
    private readonly Task<string> _output;
    private readonly Task<string> _errors;

    private GeneratedApp(Process process, int port)
    {
        _process = process;
        _output = process.StandardOutput.ReadToEndAsync();
        _errors = process.StandardError.ReadToEndAsync();
        Client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
    }

    /// <summary>A client for the app's address.</summary>
    public HttpClient Client { get; }

    /// <summary>Starts <paramref name="assembly"/> on a free port and waits until it answers <c>GET /</c>; a program that stops first fails with its output.</summary>
    public static async Task<GeneratedApp> StartAsync(string assembly)
    {
        var port = FreePort();
        var app = new GeneratedApp(Process.Start(DotnetCli.StartInfo("dotnet", Path.GetDirectoryName(assembly)!, [assembly, "--port", port.ToString()]))!, port);
        // A readiness wait, not an assertion: bounded so that an app that never comes up fails the test instead of hanging it.
        for (var attempt = 0; attempt < 600 && !app._process.HasExited; attempt++)
        {
            try
            {
                using var response = await app.Client.GetAsync("/");
                return app;
            }
            catch (HttpRequestException)
            {
                await Task.Delay(100);
            }
        }
        app.Dispose();
        throw new InvalidOperationException($"{Path.GetFileName(assembly)} did not answer on 127.0.0.1:{port}:\n{await app._output}{await app._errors}");
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
        }
        _process.WaitForExit();
        Task.WaitAll(_output, _errors);
        _process.Dispose();
        Client.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
