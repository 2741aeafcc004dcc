namespace Carafe.Mail;

/// <summary>An address of a message cannot be parsed. Raised before any connection is made.</summary>
public sealed class InvalidAddressException(string message) : ArgumentException(message);
