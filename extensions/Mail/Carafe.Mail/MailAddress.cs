namespace Carafe.Mail;

/// <summary>Writes an address with a display name, Flask-Mail's <c>(name, address)</c> tuple.</summary>
public static class MailAddress
{
    /// <summary><c>"Name" &lt;address&gt;</c>, quoting the name so commas and dots in it are safe.</summary>
    public static string Format(string name, string address) =>
        $"\"{name.Replace("\\", "\\\\").Replace("\"", "\\\"")}\" <{address}>";
}
