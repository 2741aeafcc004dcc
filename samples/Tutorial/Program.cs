using Carafe;
using static Carafe.Helpers;

// The Flask tutorial, chapter by chapter, the Carafe way.
var app = new CarafeApp(args);
app.Config["UPLOAD_FOLDER"] = Path.Combine(Path.GetTempPath(), "carafe-tutorial-uploads");

// Hello world and routing.
app.Get("/", Index);
app.Get("/hello", () => "Hello, World!", endpoint: "hello");
app.Get("/user/<username>", (string username) => $"User {Escape(username)}", endpoint: "show_user_profile");
app.Get("/post/<int:post_id>", (int post_id) => $"Post {post_id}", endpoint: "show_post");
app.Get("/path/<path:subpath>", (string subpath) => $"Subpath {Escape(subpath)}", endpoint: "show_subpath");
app.Get("/projects/", () => "The project page", endpoint: "projects");
app.Get("/about", () => "The about page", endpoint: "about");

// HTTP methods and form data.
app.Route("/login", Login, methods: ["GET", "POST"]);
app.Get("/logout", Logout);
app.Route("/student", () => Page("Student", """
    <form action="/result" method="post">
      <p>Name <input name="Name"></p><p>Physics <input name="Physics"></p>
      <p>Chemistry <input name="Chemistry"></p><p>Maths <input name="Mathematics"></p>
      <p><input type="submit" value="submit"></p>
    </form>
    """), endpoint: "student");
app.Post("/result", (Request request) => Page("Result",
    "<table border=1>" + string.Concat(request.Form.Select(f => $"<tr><th>{Escape(f.Key)}</th><td>{Escape(f.Value)}</td></tr>")) + "</table>"),
    endpoint: "result");

// Static files.
app.Get("/static-demo", () => Page("Static files",
    $"""<p id="greeting">...</p><button onclick="sayHello()">Say hello</button><script src="{UrlFor("static", new { filename = "js/hello.js" })}"></script>"""),
    endpoint: "static_demo");

// The request object.
app.Get("/req/info", (Request request) => Jsonify(new Dictionary<string, object?>
{
    ["method"] = request.Method, ["path"] = request.Path, ["full_path"] = request.FullPath, ["url"] = request.Url,
    ["base_url"] = request.BaseUrl, ["host"] = request.Host, ["args"] = request.Args.ToDictionary(),
}), endpoint: "request_info");

// Cookies.
app.Get("/cookies", () => Page("Cookies", """<form action="/setcookie" method="post"><p>Enter userID <input name="nm"></p><p><input type="submit" value="Login"></p></form>"""),
    endpoint: "cookies");
app.Post("/setcookie", (Request request) =>
{
    var response = MakeResponse(Page("Cookie set", $"""<p>The cookie is set.</p><a href="{UrlFor("getcookie")}">Read it</a>"""));
    response.SetCookie("userID", request.Form["nm"]);
    return response;
}, endpoint: "setcookie");
app.Get("/getcookie", (Request request) => $"<h1>welcome {Escape(request.Cookies.GetValueOrDefault("userID") ?? "None")}</h1>", endpoint: "getcookie");

// Redirects and errors.
app.Get("/go-home", () => Redirect(UrlFor("index")), endpoint: "go_home");
app.Get("/secret", () => Abort(401), endpoint: "secret");
app.ErrorHandler(404, (HttpException e) => (Page("Not found", "<p>There is nothing here. <a href=\"/\">Home</a></p>"), 404));

// Message flashing.
app.Get("/flash", () =>
{
    Flash("You were successfully logged in");
    Flash("Watch out", "warning");
    return Redirect(UrlFor("messages"));
}, endpoint: "flash");
app.Get("/messages", () => Page("Messages",
    "<ul>" + string.Concat(GetFlashedMessagesWithCategories().Select(m => $"<li class=\"flash {Escape(m.Category)}\">{Escape(m.Message)}</li>")) + "</ul>"),
    endpoint: "messages");

// File upload.
app.Route("/upload", Upload, methods: ["GET", "POST"]);

app.Run();

static string Page(string title, string body) => $"""
    <!doctype html>
    <html lang="en"><head><meta charset="utf-8"><title>{title}</title><link rel="icon" href="data:,">
    <link rel="stylesheet" href="{UrlFor("static", new { filename = "style.css" })}"></head>
    <body><h1>{title}</h1>{body}</body></html>
    """;

static string Index(Session session) => session.Get("username") is string username
    ? Page("Index", $"""<p>Logged in as {Escape(username)}</p><p><a href="{UrlFor("logout")}">click here to log out</a></p>""")
    : Page("Index", $"""<p>You are not logged in</p><p><a href="{UrlFor("login")}">click here to log in</a></p>""");

static object Login(Request request, Session session)
{
    if (request.Method == "POST")
    {
        session["username"] = request.Form["username"];
        return Redirect(UrlFor("index"));
    }
    return Page("Log in", """<form method="post"><p><input type="text" name="username"></p><p><input type="submit" value="Login"></p></form>""");
}

static Response Logout(Session session)
{
    session.Pop("username");
    return Redirect(UrlFor("index"));
}

static async Task<object> Upload(Request request, CarafeApp app)
{
    if (request.Method == "GET")
    {
        return Page("Upload", """<form method="post" enctype="multipart/form-data"><input type="file" name="file"><input type="submit" value="Upload"></form>""");
    }
    var file = request.Files["file"];
    if (file.Filename == "")
    {
        return ("No selected file", 400);
    }
    var folder = app.Config.Get("UPLOAD_FOLDER", Path.GetTempPath());
    Directory.CreateDirectory(folder);
    var name = SecureFilename(file.Filename);
    await file.SaveAsync(Path.Combine(folder, name));
    return Page("Uploaded", $"<p>Saved {Escape(name)} ({file.Length} bytes)</p>");
}
