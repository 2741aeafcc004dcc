using Carafe;
using Carafe.Extensions;
using Carafe.Forms;
using Carafe.Mail;
using static Carafe.Helpers;

namespace Tutorial;

/// <summary>The Flask tutorial, chapter by chapter, the Carafe way; one section per chapter.</summary>
public static class TutorialApp
{
    private static readonly (string Endpoint, object? Values, string Title)[] Chapters =
    [
        ("hello", null, "Hello"), ("show_user_profile", new { username = "ada" }, "Routing"),
        ("student", null, "HTTP methods and form data"), ("static_demo", null, "Static files"),
        ("request_info", new { q = "carafe" }, "The request object"), ("cookies", null, "Cookies"),
        ("login", null, "Sessions"), ("go_home", null, "Redirects and errors"), ("flash", null, "Message flashing"),
        ("upload", null, "File upload"), ("contact", null, "Mail"), ("shopping", new { item = new[] { "coffee", "milk" } }, "Line statements"),
        ("sqlite_students", null, "SQLite"),
        ("register", null, "Forms"),
        ("ajax", null, "AJAX"),
    ];

    /// <summary>Creates the app; <paramref name="rootPath"/> defaults to the folder the program runs from.</summary>
    public static CarafeApp Create(string[] args, string? rootPath = null)
    {
        var app = new CarafeApp(args, rootPath);
        app.TemplateOptions.LineStatementPrefix = "#";
        app.TemplateOptions.LineCommentPrefix = "##";

        // Hello world, routing and url_for.
        app.Get("/", () => RenderTemplate("index.html", new { chapters = Chapters.Select(c => new[] { UrlFor(c.Endpoint, c.Values), c.Title }) }), endpoint: "index");
        app.Get("/hello/", Hello);
        app.Get("/hello/<name>", Hello);
        app.Get("/user/<username>", (string username) => $"User {Escape(username)}", endpoint: "show_user_profile");
        app.Get("/post/<int:post_id>", (int post_id) => $"Post {post_id}", endpoint: "show_post");
        app.Get("/path/<path:subpath>", (string subpath) => $"Subpath {Escape(subpath)}", endpoint: "show_subpath");
        app.Get("/projects/", () => "The project page", endpoint: "projects");
        app.Get("/about", () => "The about page", endpoint: "about");

        // HTTP methods and form data.
        app.Get("/student", () => RenderTemplate("student.html"), endpoint: "student");
        app.Post("/result", (Request request) => RenderTemplate("result.html", new { result = request.Form.ToDictionary() }), endpoint: "result");

        // Static files, the request object, templates in plain text.
        app.Get("/static-demo", () => RenderTemplate("static_demo.html"), endpoint: "static_demo");
        app.Get("/req/info", (Request request) => Jsonify(new Dictionary<string, object?>
        {
            ["method"] = request.Method, ["path"] = request.Path, ["full_path"] = request.FullPath, ["url"] = request.Url,
            ["base_url"] = request.BaseUrl, ["host"] = request.Host, ["args"] = request.Args.ToDictionary(),
        }), endpoint: "request_info");
        app.Get("/plain", (Request request) => (RenderTemplate("plain.txt", new { text = request.Args.Get("text", "<b>&") }), 200,
            new Dictionary<string, string> { ["Content-Type"] = "text/plain; charset=utf-8" }), endpoint: "plain");

        // Cookies.
        app.Get("/cookies", () => RenderTemplate("cookies.html"), endpoint: "cookies");
        app.Post("/setcookie", (Request request) =>
        {
            var response = MakeResponse(RenderTemplate("page.html", new { title = "Cookie set", body = "The cookie is set." }));
            response.SetCookie("userID", request.Form["nm"]);
            return response;
        }, endpoint: "setcookie");
        app.Get("/getcookie", (Request request) => $"<h1>welcome {Escape(request.Cookies.GetValueOrDefault("userID") ?? "None")}</h1>", endpoint: "getcookie");

        // Sessions.
        app.Route("/login", Login, methods: ["GET", "POST"]);
        app.Get("/logout", Logout);

        // Redirects and errors.
        app.Get("/go-home", () => Redirect(UrlFor("index")), endpoint: "go_home");
        app.Get("/secret", () => Abort(401), endpoint: "secret");
        app.ErrorHandler(404, () => (RenderTemplate("404.html"), 404));

        // Message flashing.
        app.Get("/flash", () =>
        {
            Flash("You were successfully logged in");
            Flash("Watch out: <this> is escaped", "warning");
            return Redirect(UrlFor("messages"));
        }, endpoint: "flash");
        app.Get("/messages", () => RenderTemplate("messages.html"), endpoint: "messages");

        // File upload.
        app.Route("/upload", Upload, methods: ["GET", "POST"]);

        // Mail: a contact form (a Forms form, with its CSRF token); with no MAIL_SERVER in debug, messages land in /mail/outbox.
        app.Get("/contact", (Forms forms) => RenderTemplate("contact.html", new { form = forms.Create<ContactForm>() }), endpoint: "contact");
        app.Post("/contact", async (Forms forms, Mail mail, IViewHelpers views) =>
        {
            var form = forms.Create<ContactForm>();
            if (!await form.ValidateOnSubmitAsync())
            {
                return (object)RenderTemplate("contact.html", new { form });
            }
            var contact = form.Data;
            var message = new Message($"Contact from {contact.Name}", ["owner@example.com"]) { ReplyTo = contact.Email };
            mail.Send(mail.Render(message, views, "mail/contact.html", "mail/contact.txt", new { name = contact.Name, text = contact.Text }));
            Flash("Thanks! Your message is in the development outbox.");
            return Redirect(UrlFor("contact"));
        }, endpoint: "send_contact");

        // Line statements and line comments.
        app.Get("/shopping", (Request request) => RenderTemplate("shopping.html", new { items = request.Args.GetList("item") }), endpoint: "shopping");

        // SQLite: students added through a form and listed with pagination (SqliteChapter.cs).
        SqliteChapter.Map(app);

        // Forms: a registration form with CSRF, its errors next to its fields.
        FormsChapter.Map(app);

        // AJAX: callbacks called from the page, with the Ajax extension.
        AjaxChapter.Map(app);

        return app;
    }

    private static string Hello(string? name = null) => RenderTemplate("hello.html", new { name });

    private static object Login(Request request, Session session)
    {
        if (request.Method == "POST")
        {
            session["username"] = request.Form["username"];
            return Redirect(UrlFor("index"));
        }
        return RenderTemplate("login.html");
    }

    private static Response Logout(Session session)
    {
        session.Pop("username");
        return Redirect(UrlFor("index"));
    }

    private static async Task<object> Upload(Request request, CarafeApp app)
    {
        if (request.Method == "GET")
        {
            return RenderTemplate("upload.html");
        }
        var file = request.Files["file"];
        if (file.Filename == "")
        {
            return ("No selected file", 400);
        }
        var folder = app.Config.Get("UPLOAD_FOLDER", Path.Combine(Path.GetTempPath(), "carafe-tutorial-uploads"));
        Directory.CreateDirectory(folder);
        var name = SecureFilename(file.Filename);
        await file.SaveAsync(Path.Combine(folder, name));
        return RenderTemplate("upload.html", new { saved = name, size = file.Length });
    }
}
