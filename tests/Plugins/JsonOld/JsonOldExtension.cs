using Carafe.Extensions;
using JsonOld;
using Newtonsoft.Json;

[assembly: CarafeExtension(typeof(JsonOldExtension), "JsonOld", "1.0.0")]

namespace JsonOld;

/// <summary>Answers with the version of Newtonsoft.Json it runs with, serialised by that very version.</summary>
public sealed class JsonOldExtension : CarafeExtension
{
    /// <inheritdoc/>
    public override void Initialize(IExtensionApp app) =>
        app.Route("/version", () => JsonConvert.SerializeObject(new { newtonsoft = typeof(JsonConvert).Assembly.GetName().Version!.ToString() }), endpoint: "version");
}
