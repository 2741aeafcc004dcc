using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;

namespace Carafe.Mail.Outbox;

/// <summary>
/// Sorts a failed attempt: a 5xx reply is permanent (retrying cannot help); a 4xx reply, a
/// refused or dropped connection, or a TLS failure is transient and retried later.
/// </summary>
internal static class FailureKind
{
    public static bool IsPermanent(Exception e) => e switch
    {
        SmtpCommandException command => (int)command.StatusCode >= 500,
        AuthenticationException => true,
        _ => false,
    };

    public static bool IsExpected(Exception e) => e is SmtpCommandException or AuthenticationException
        or SmtpProtocolException or ServiceNotConnectedException or SslHandshakeException
        or IOException or SocketException or TimeoutException;

    public static string Describe(Exception e) => e switch
    {
        SmtpCommandException command => $"{(int)command.StatusCode}: {command.Message}",
        _ => $"{e.GetType().Name}: {e.Message}",
    };
}
