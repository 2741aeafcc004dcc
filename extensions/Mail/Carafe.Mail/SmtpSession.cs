using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Carafe.Mail;

/// <summary>
/// One open SMTP connection made as the settings say: SSL from the start (<c>MAIL_USE_SSL</c>),
/// STARTTLS (<c>MAIL_USE_TLS</c>) or plain, then AUTH when a username is set.
/// </summary>
internal sealed class SmtpSession : IAsyncDisposable
{
    private readonly SmtpClient _client;

    private SmtpSession(SmtpClient client) => _client = client;

    public static async Task<SmtpSession> OpenAsync(MailSettings settings, CancellationToken cancellationToken)
    {
        var client = settings.Debug ? new SmtpClient(new ProtocolLogger(Console.OpenStandardError())) : new SmtpClient();
        try
        {
            client.Timeout = (int)settings.Timeout.TotalMilliseconds;
            if (settings.ServerCertificateValidation is { } validation)
            {
                client.ServerCertificateValidationCallback = validation;
            }
            var security = settings.UseSsl ? SecureSocketOptions.SslOnConnect
                : settings.UseTls ? SecureSocketOptions.StartTls
                : SecureSocketOptions.None;
            await client.ConnectAsync(settings.Server, settings.Port, security, cancellationToken);
            if (settings.Username is { } username)
            {
                await client.AuthenticateAsync(username, settings.Password ?? "", cancellationToken);
            }
            return new SmtpSession(client);
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    public Task SendAsync(MimeMessage message, CancellationToken cancellationToken) =>
        _client.SendAsync(message, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_client.IsConnected)
            {
                await _client.DisconnectAsync(quit: true);
            }
        }
        catch (Exception e) when (e is IOException or MailKit.ServiceNotConnectedException or SmtpProtocolException or OperationCanceledException)
        {
            // The server already went away; there is nothing left to close politely.
        }
        finally
        {
            _client.Dispose();
        }
    }
}
