using Carafe;
using Carafe.Ajax;
using Carafe.Templating;
using Microsoft.Extensions.DependencyInjection;
using static Carafe.Helpers;

namespace Tutorial;

/// <summary>
/// The AJAX chapter, on the Ajax extension (Flask-Sijax): one page whose buttons and forms call
/// callbacks on the server without reloading it. A greeting (alert and css), a live guestbook
/// (html append, form values, CSRF), a progress bar (comet) and an upload.
/// </summary>
public static class AjaxChapter
{
    /// <summary>Adds the chapter's page at <c>/ajax</c> (endpoint <c>ajax</c>) and its guestbook.</summary>
    public static void Map(CarafeApp app)
    {
        app.Services.AddSingleton<Guestbook>();
        app.Route("/ajax", Page, methods: Ajax.Methods(), endpoint: "ajax");
    }

    private static async Task<object> Page(Ajax ajax, Guestbook guestbook, CarafeApp app)
    {
        ajax.RegisterCallback("greet", (AjaxResponse response, string name) =>
        {
            name = name.Trim() == "" ? "stranger" : name.Trim();
            response.Alert($"Hello, {name}!")
                .Html("#greeting", Markup.Escape($"Greetings, {name}.").Html)
                .Css("#greeting", "color", "seagreen");
        });
        ajax.RegisterCallback("sign", (AjaxResponse response, GuestbookEntry entry) =>
        {
            if (string.IsNullOrWhiteSpace(entry.Name) || string.IsNullOrWhiteSpace(entry.Message))
            {
                response.Alert("Please give your name and a message.");
                return;
            }
            guestbook.Add(entry);
            response.HtmlAppend("#entries", RenderTemplate("ajax/entry.html", new { entry }))
                .Attr("#guestbook textarea", "value", "")
                .Html("#entry-count", guestbook.Entries.Count.ToString());
        });
        ajax.RegisterCometCallback("work", async (AjaxResponse response) =>
        {
            var pause = TimeSpan.FromMilliseconds(app.Config.Get("TUTORIAL_PROGRESS_PAUSE_MS", 300));
            for (var percent = 20; percent <= 100; percent += 20)
            {
                await Task.Delay(pause);   // the work being done
                response.Css("#progress-bar", "width", $"{percent}%").Html("#progress-text", $"{percent}%");
                await response.FlushAsync();
            }
            response.Html("#progress-text", "Done!");
        });
        var uploadJs = ajax.RegisterUploadCallback("photo_form", async (AjaxUploadResponse response, MultiDict<FileStorage> files, MultiDict<string> form) =>
        {
            var file = files.Get("photo");
            if (file is null || file.Filename == "")
            {
                response.Alert("Please choose a file.");
                return;
            }
            var folder = app.Config.Get("UPLOAD_FOLDER", Path.Combine(Path.GetTempPath(), "carafe-tutorial-uploads"));
            Directory.CreateDirectory(folder);
            var name = SecureFilename(file.Filename);
            await file.SaveAsync(Path.Combine(folder, name));
            response.Html("#upload-result", Markup.Escape($"Saved {name} ({file.Length} bytes), captioned “{form.Get("caption", "")}”.").Html);
            response.ResetForm();
        });

        if (ajax.IsAjaxRequest)
        {
            return await ajax.ProcessRequestAsync();
        }
        return RenderTemplate("ajax/index.html", new { entries = guestbook.Entries, upload_js = uploadJs });
    }

    /// <summary>What the guestbook form sends, from <c>Carafe.Ajax.getFormValues('#guestbook')</c>.</summary>
    public sealed record GuestbookEntry(string Name, string Message);

    /// <summary>The guestbook's entries, kept in memory for the app's lifetime.</summary>
    public sealed class Guestbook
    {
        private readonly List<GuestbookEntry> _entries = [];

        /// <summary>The entries, oldest first.</summary>
        public IReadOnlyList<GuestbookEntry> Entries
        {
            get
            {
                lock (_entries)
                {
                    return [.. _entries];
                }
            }
        }

        /// <summary>Adds an entry.</summary>
        public void Add(GuestbookEntry entry)
        {
            lock (_entries)
            {
                _entries.Add(entry);
            }
        }
    }
}
