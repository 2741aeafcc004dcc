using Carafe.Extensions;
using JsonNew;
using Newtonsoft.Json;

[assembly: CarafeExtension(typeof(JsonNewExtension), "JsonNew", "1.0.0")]

namespace JsonNew;

/// <summary>Answers with the version of Newtonsoft.Json it runs with, serialised by that very version.</summary>
public sealed class JsonNewExtension : CarafeExtension
{
    /// <inheritdoc/>
    public override void Initialize(IExtensionApp app) =>
        app.Route("/version", () => JsonConvert.SerializeObject(new { newtonsoft = typeof(JsonConvert).Assembly.GetName().Version!.ToString() }), endpoint: "version");
}
