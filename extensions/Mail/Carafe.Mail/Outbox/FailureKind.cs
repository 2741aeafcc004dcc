using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;

namespace Carafe.Mail.Outbox;

/// <summary>
/// Sorts a failed attempt. Transient, retried later: a 4xx reply, a refused or dropped
/// connection, a timeout, a TLS failure. Permanent, kept as failed with the reason: a 5xx reply,
/// refused credentials, and anything unforeseen (retrying a fault forever would hide it).
/// </summary>
internal static class FailureKind
{
    public static bool IsTransient(Exception e) => e switch
    {
        SmtpCommandException command => (int)command.StatusCode < 500,
        SmtpProtocolException or ServiceNotConnectedException or SslHandshakeException
            or IOException or SocketException or TimeoutException or OperationCanceledException => true,
        _ => false,
    };

    public static string Describe(Exception e) => e switch
    {
        SmtpCommandException command => $"{(int)command.StatusCode}: {command.Message}",
        _ => $"{e.GetType().Name}: {e.Message}",
    };
}
