namespace Carafe.Testing;

/// <summary>A file for a <see cref="TestClient"/> to upload in a multipart form.</summary>
/// <param name="Field">The form field.</param>
/// <param name="FileName">The file name sent.</param>
/// <param name="Content">The content.</param>
/// <param name="ContentType">The part's Content-Type.</param>
public sealed record TestFile(string Field, string FileName, byte[] Content, string ContentType = "application/octet-stream");
