using System.Buffers;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using MimeKit;
using SmtpServer;
using SmtpServer.Authentication;
using SmtpServer.ComponentModel;
using SmtpServer.Mail;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Carafe.Mail.Tests.Support;

/// <summary>How the test server listens and what it refuses.</summary>
internal sealed record TestSmtpOptions
{
    public TestSmtpSecurity Security { get; init; } = TestSmtpSecurity.Plain;

    /// <summary>When set, AUTH is required and only this user name and password pass.</summary>
    public (string User, string Password)? Credentials { get; init; }

    /// <summary>Recipients refused with 550.</summary>
    public string? RejectedRecipient { get; init; }

    /// <summary>How many messages to drop by closing the connection after their data arrived, before replying.</summary>
    public int DropFirst { get; init; }

    /// <summary>When set, the first message's data is held unanswered until the hold is released, then its connection is dropped (or, with <see cref="SmtpHold.Accept"/>, the message taken).</summary>
    public SmtpHold? HoldFirst { get; init; }
}

/// <summary>A server holding a message mid-send: <see cref="Reached"/> completes when the data arrived, <see cref="Release"/> lets the server drop it (or accept it).</summary>
internal sealed class SmtpHold
{
    private readonly TaskCompletionSource _reached = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _taken;

    public Task Reached => _reached.Task;

    public void Release() => _released.TrySetResult();

    /// <summary>Whether the held message is accepted (<c>250</c>) once released, rather than dropped.</summary>
    public bool Accept { get; init; }

    /// <summary>Holds the first caller until released; answers whether it held this one.</summary>
    internal async Task<bool> HoldAsync()
    {
        if (Interlocked.Exchange(ref _taken, 1) != 0)
        {
            return false;
        }
        _reached.TrySetResult();
        await _released.Task;
        return true;
    }
}

internal enum TestSmtpSecurity { Plain, StartTls, Ssl }

/// <summary>
/// A real SMTP server (the SmtpServer package) on 127.0.0.1, in-process: it parses what it
/// receives with MimeKit, counts sessions, and can be stopped and started again on its port.
/// </summary>
internal sealed class TestSmtpServer : IAsyncDisposable
{
    private static readonly TimeSpan StartDeadline = TimeSpan.FromSeconds(10);
    private readonly List<MimeMessage> _received = [];
    private readonly List<string[]> _envelopes = [];
    private readonly TestSmtpOptions _options;
    private CancellationTokenSource? _stop;
    private Task? _running;
    private int _dropsLeft;
    private int _sessions;

    private TestSmtpServer(int port, TestSmtpOptions options)
    {
        Port = port;
        _options = options;
        _dropsLeft = options.DropFirst;
    }

    public int Port { get; }

    public static X509Certificate2 Certificate { get; } = TestCertificate.Create();

    public IReadOnlyList<MimeMessage> Received
    {
        get
        {
            lock (_received)
            {
                return _received.ToList();
            }
        }
    }

    /// <summary>The RCPT TO addresses of each received message, in the order of <see cref="Received"/>.</summary>
    public IReadOnlyList<string[]> Envelopes
    {
        get
        {
            lock (_received)
            {
                return _envelopes.ToList();
            }
        }
    }

    /// <summary>How many clients connected and said EHLO or HELO.</summary>
    public int Sessions => Volatile.Read(ref _sessions);

    /// <summary>Starts a server on a free port.</summary>
    public static async Task<TestSmtpServer> StartAsync(TestSmtpOptions? options = null)
    {
        var server = new TestSmtpServer(FreePort(), options ?? new TestSmtpOptions());
        await server.StartAsync();
        return server;
    }

    /// <summary>A server that is not started: its port is free and refuses connections until <see cref="StartAsync()"/>.</summary>
    public static TestSmtpServer Stopped(TestSmtpOptions? options = null) => new(FreePort(), options ?? new TestSmtpOptions());

    public MailSettings Settings(MailSettings? basis = null) => (basis ?? new MailSettings()) with
    {
        Server = "127.0.0.1",
        ServerConfigured = true,
        Port = Port,
        UseTls = _options.Security == TestSmtpSecurity.StartTls,
        UseSsl = _options.Security == TestSmtpSecurity.Ssl,
        Username = _options.Credentials?.User,
        Password = _options.Credentials?.Password,
        DefaultSender = basis?.DefaultSender ?? "app@example.com",
        ServerCertificateValidation = (_, certificate, _, _) => certificate?.GetCertHashString() == Certificate.GetCertHashString(),
    };

    public async Task StartAsync()
    {
        var options = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(endpoint =>
            {
                endpoint.Endpoint(new IPEndPoint(IPAddress.Loopback, Port))
                    .IsSecure(_options.Security == TestSmtpSecurity.Ssl)
                    .AllowUnsecureAuthentication(true)
                    .AuthenticationRequired(_options.Credentials is not null);
                if (_options.Security != TestSmtpSecurity.Plain)
                {
                    endpoint.Certificate(Certificate);
                }
            })
            .Build();
        var services = new ServiceProvider();
        services.Add(new Store(this));
        services.Add(new Filter(_options.RejectedRecipient));
        if (_options.Credentials is { } credentials)
        {
            services.Add(new DelegatingUserAuthenticator((user, password) => user == credentials.User && password == credentials.Password));
        }
        var server = new SmtpServer.SmtpServer(options, services);
        server.SessionCreated += (_, created) => CountWhenGreeted(created.Context);
        _stop = new CancellationTokenSource();
        _running = server.StartAsync(_stop.Token);
        await WaitUntilListeningAsync();
    }

    public async Task StopAsync()
    {
        if (_stop is null || _running is null)
        {
            return;
        }
        await _stop.CancelAsync();
        try
        {
            await _running.WaitAsync(StartDeadline);
        }
        catch (OperationCanceledException)
        {
            // The server's way of saying it stopped.
        }
        _stop.Dispose();
        _stop = null;
        _running = null;
    }

    public ValueTask DisposeAsync() => new(StopAsync());

    private async Task WaitUntilListeningAsync()
    {
        var deadline = DateTime.UtcNow + StartDeadline;
        while (true)
        {
            using var probe = new TcpClient();
            try
            {
                await probe.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(20);
            }
        }
    }

    // A session counts once its client says EHLO or HELO, so the readiness probe (which says nothing) does not.
    private void CountWhenGreeted(ISessionContext context)
    {
        var counted = 0;
        context.CommandExecuting += (_, e) =>
        {
            if (e.Command is EhloCommand or HeloCommand && Interlocked.Exchange(ref counted, 1) == 0)
            {
                Interlocked.Increment(ref _sessions);
            }
        };
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private sealed class Store(TestSmtpServer server) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            var hold = server._options.HoldFirst;
            var held = hold is not null && await hold.HoldAsync();
            if ((held && !hold!.Accept) || Interlocked.Decrement(ref server._dropsLeft) >= 0)
            {
                // Closing the socket before the reply is what a crash or a network cut looks like to the client.
                context.Pipe.Dispose();
                throw new IOException("The test server dropped this connection before replying.");
            }
            var message = MimeMessage.Load(new MemoryStream(buffer.ToArray()));
            lock (server._received)
            {
                server._received.Add(message);
                server._envelopes.Add(transaction.To.Select(to => to.AsAddress()).ToArray());
            }
            return SmtpResponse.Ok;
        }
    }

    private sealed class Filter(string? rejected) : MailboxFilter
    {
        public override Task<bool> CanDeliverToAsync(ISessionContext context, IMailbox to, IMailbox from, CancellationToken cancellationToken) =>
            Task.FromResult(!string.Equals(to.AsAddress(), rejected, StringComparison.OrdinalIgnoreCase));
    }
}
