namespace Carafe.Mail.Development;

/// <summary>
/// The debug-only page listing the <see cref="DevelopmentOutbox"/>: each message's headers,
/// text, html (in a sandboxed frame, so its scripts and styles stay inside) and raw MIME.
/// Rendered by the template engine with autoescaping, so message content cannot break out.
/// </summary>
public static class DevelopmentOutboxPage
{
    private const string Source = """
        <!doctype html>
        <html lang="en">
        <head><meta charset="utf-8"><title>Development outbox</title><link rel="icon" href="data:,">
        <style>body{font-family:sans-serif;margin:2em}article{border:1px solid #ccc;padding:1em;margin:1em 0}
        dt{font-weight:bold}pre{white-space:pre-wrap;background:#f6f6f6;padding:.5em}iframe{width:100%;height:20em;border:1px solid #ddd}</style>
        </head>
        <body>
        <h1>Development outbox</h1>
        <p>Mail sent in debug with no <code>MAIL_SERVER</code> configured is kept here instead of being sent: {{ messages|length }} message{{ "" if messages|length == 1 else "s" }}.</p>
        {% for kept in messages|reverse %}
        <article>
        <h2>{{ kept.Message.Subject }}</h2>
        <dl>
        <dt>From</dt><dd>{{ kept.From }}</dd>
        <dt>To</dt><dd>{{ kept.Message.Recipients|join(", ") }}</dd>
        {% if kept.Message.Cc %}<dt>Cc</dt><dd>{{ kept.Message.Cc|join(", ") }}</dd>{% endif %}
        {% if kept.Message.Bcc %}<dt>Bcc</dt><dd>{{ kept.Message.Bcc|join(", ") }}</dd>{% endif %}
        <dt>Date</dt><dd>{{ kept.Date }}</dd>
        </dl>
        {% if kept.Message.Body %}<h3>Text</h3><pre>{{ kept.Message.Body }}</pre>{% endif %}
        {% if kept.Message.Html %}<h3>Html</h3><iframe sandbox srcdoc="{{ kept.Message.Html }}"></iframe>{% endif %}
        <details><summary>MIME</summary><pre>{{ kept.Mime }}</pre></details>
        </article>
        {% endfor %}
        </body>
        </html>
        """;

    private static readonly Templating.Template Page = new Templating.Environment { Autoescape = true }.FromString(Source);

    /// <summary>The page's html for the messages of <paramref name="outbox"/>, newest first.</summary>
    public static string Render(DevelopmentOutbox outbox) => Page.Render(new Dictionary<string, object?>
    {
        ["messages"] = outbox.Messages.Select(kept => new Dictionary<string, object?>
        {
            ["Message"] = kept.Message,
            ["From"] = kept.From,
            ["Date"] = kept.Message.Date.ToString("R"),
            ["Mime"] = kept.Mime,
        }).ToList(),
    });
}
