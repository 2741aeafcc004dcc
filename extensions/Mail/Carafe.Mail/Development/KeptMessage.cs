namespace Carafe.Mail.Development;

/// <summary>A message kept by the <see cref="DevelopmentOutbox"/>, with the MIME it would have sent.</summary>
/// <param name="Message">The message as the app built it.</param>
/// <param name="From">The From it was sent with (the message's sender or <c>MAIL_DEFAULT_SENDER</c>).</param>
/// <param name="Mime">The MIME text that would have gone to the server.</param>
public sealed record KeptMessage(Message Message, string From, string Mime);
