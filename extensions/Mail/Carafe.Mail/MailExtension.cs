using Carafe.Extensions;
using Carafe.Mail;
using Carafe.Mail.Development;
using Carafe.Mail.Outbox;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

[assembly: CarafeExtension(typeof(MailExtension), "Mail", "0.2.0", Supports = "[0.1, 1.0)")]

namespace Carafe.Mail;

/// <summary>
/// Plugs <see cref="Mail"/> into an app (Flask-Mail's <c>init_app</c>), referenced as a package
/// or dropped into the plugins folder: one <see cref="Mail"/> per app in its services, built
/// from the app's <c>MAIL_*</c> config and started with the app (so the durable outbox resumes
/// delivering at once); in debug, the development outbox page at <c>/mail/outbox</c>; and the
/// <c>send-test-mail</c> command, which checks the settings by sending a message.
/// </summary>
public sealed class MailExtension : CarafeExtension
{
    private Config? _config;

    /// <inheritdoc/>
    public override void ConfigureServices(ExtensionServicesContext context)
    {
        context.Services.AddSingleton(_ => CreateMail());
        context.Services.AddHostedService(services => new MailStarter(services));
        context.Services.AddHealthChecks().AddCheck<OutboxHealthCheck>(OutboxHealthCheck.Name);
    }

    /// <inheritdoc/>
    public override void Initialize(IExtensionApp app)
    {
        _config = app.Config;
        if (app.Debug)
        {
            app.Route("/outbox", (Mail mail) => mail.DevelopmentOutbox is { } outbox
                ? DevelopmentOutboxPage.Render(outbox)
                : throw new HttpException(404, "There is no development outbox: MAIL_SERVER is set, so mail goes to that server."), endpoint: "outbox");
        }
        app.AddCommand("send-test-mail", "Sends a test message to each address given, to check the MAIL_* settings", SendTestMailAsync);
    }

    private Mail CreateMail() => new(MailSettings.FromConfig(_config ?? throw new InvalidOperationException(
        "The Mail extension was not initialised: its services were used before the app started.")));

    private async Task<int> SendTestMailAsync(IReadOnlyList<string> addresses, TextWriter output)
    {
        if (addresses.Count == 0)
        {
            await output.WriteLineAsync("Usage: send-test-mail ADDRESS...");
            return 2;
        }
        // Straight to the server, whatever the outboxes: the point is to see the SMTP settings work.
        var settings = MailSettings.FromConfig(_config!) with { SuppressSend = false, ServerConfigured = true, OutboxPath = null };
        await using var mail = new Mail(settings);
        await mail.SendAsync(new Message("Test message from Carafe.Mail", addresses, "If you can read this, the MAIL_* settings work."));
        await output.WriteLineAsync($"Sent a test message to {string.Join(", ", addresses)} through {settings.Server}:{settings.Port}.");
        return 0;
    }

    /// <summary>Creates the app's <see cref="Mail"/> when the app starts, so the outbox delivers before the first send.</summary>
    private sealed class MailStarter(IServiceProvider services) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            services.GetRequiredService<Mail>();
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
