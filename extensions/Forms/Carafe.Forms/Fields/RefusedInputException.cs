namespace Carafe.Forms.Fields;

/// <summary>Input of the wrong shape for its field (two values for one, a file for text): refused whatever the validators say.</summary>
internal sealed class RefusedInputException(string message) : FormatException(message);
