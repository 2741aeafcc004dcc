namespace Carafe.Ajax;

/// <summary>
/// How a streaming callback's batches are written. Sijax's own clients (<c>sjxComet</c>,
/// <c>sjxUpload</c>) post into a hidden iframe and expect HTML with one script per batch;
/// Carafe's client reads the response with <c>fetch</c> as it arrives and asks for
/// newline-delimited JSON, one command list per line.
/// </summary>
internal abstract class StreamFormat
{
    /// <summary>The media type Carafe's client asks for in its Accept header.</summary>
    public const string NdJsonMediaType = "application/x-ndjson";

    public static StreamFormat NdJson { get; } = new NdJsonFormat();

    public static StreamFormat SijaxIframe { get; } = new IframeFormat();

    public abstract string Mimetype { get; }

    public abstract string Chunk(IReadOnlyList<AjaxCommand> batch, bool first);

    /// <summary>The format a request asks for: NDJSON when its Accept header names it, else Sijax's iframe HTML.</summary>
    public static StreamFormat For(Request request) =>
        (request.Headers["Accept"] ?? "").Contains(NdJsonMediaType, StringComparison.OrdinalIgnoreCase) ? NdJson : SijaxIframe;

    private sealed class NdJsonFormat : StreamFormat
    {
        public override string Mimetype => NdJsonMediaType;

        public override string Chunk(IReadOnlyList<AjaxCommand> batch, bool first) => CommandJson.Serialize(batch) + "\n";
    }

    private sealed class IframeFormat : StreamFormat
    {
        // Browsers buffer the first bytes of a document before running any of it, so Sijax pads its first batch.
        private static readonly string Padding = "\n<script type='text/javascript'></script>\n\n" + new string('\n', 2000);

        public override string Mimetype => "text/html";

        public override string Chunk(IReadOnlyList<AjaxCommand> batch, bool first)
        {
            // "</" would end the script element early (Sijax writes it as it is): "<\/" is the same string in JavaScript.
            var json = CommandJson.Serialize(batch).Replace("</", "<\\/", StringComparison.Ordinal);
            var script = $"\n        <script type=\"text/javascript\">\n            window.parent.Sijax.processCommands({json});\n        </script>\n        ";
            return first ? Padding + script : script;
        }
    }
}
