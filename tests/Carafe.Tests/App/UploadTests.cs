using System.Text;
using Carafe.Testing;
using static Carafe.Helpers;

namespace Carafe.Tests.App;

public class UploadTests
{
    private static CarafeApp App(string folder)
    {
        var app = TestApps.Create();
        app.Config["MAX_CONTENT_LENGTH"] = 65536;
        app.Post("/upload", async (Request request) =>
        {
            var file = request.Files["file"];
            if (file.Filename == "")
            {
                return ("No selected file", 400);
            }
            var name = SecureFilename(file.Filename);
            await file.SaveAsync(Path.Combine(folder, name));
            return ($"saved {name} {file.Length} {file.ContentType} {request.Form.Get("note")}", 200);
        });
        app.Post("/form", (Request request) => new Dictionary<string, object?> { ["all"] = request.Form.ToDictionary(), ["files"] = request.Files.Keys.ToList() });
        return app;
    }

    [Fact]
    public void Upload_is_saved_under_a_secure_name_with_its_fields()
    {
        var folder = Directory.CreateTempSubdirectory().FullName;
        using var client = App(folder).Client();
        var content = Encoding.UTF8.GetBytes("movie bytes");
        var response = client.Post("/upload", form: new { note = "hi" }, files: [new TestFile("file", "../../My cool movie.mov", content, "video/quicktime")]);

        Assert.Equal("saved My_cool_movie.mov 11 video/quicktime hi", response.Text);
        Assert.Equal(content, File.ReadAllBytes(Path.Combine(folder, "My_cool_movie.mov")));
    }

    [Fact]
    public void Missing_file_field_is_400_and_an_empty_name_is_the_apps_own_answer()
    {
        using var client = App(Path.GetTempPath()).Client();

        var missing = client.Post("/upload", form: new { note = "x" }, files: [new TestFile("other", "a.txt", [1])]);
        Assert.Equal(400, missing.StatusCode);
        Assert.Equal(TestApps.BadRequestPage, missing.Text);
        var empty = client.Post("/upload", files: [new TestFile("file", "", [])]);
        Assert.Equal(400, empty.StatusCode);
        Assert.Equal("No selected file", empty.Text);
    }

    [Fact]
    public void Body_over_max_content_length_is_413_and_under_it_is_accepted()
    {
        using var client = App(Directory.CreateTempSubdirectory().FullName).Client();

        var tooLarge = client.Post("/upload", files: [new TestFile("file", "big.bin", new byte[70 * 1024])]);
        Assert.Equal(413, tooLarge.StatusCode);
        Assert.Equal(
            "<!doctype html>\n<html lang=en>\n<title>413 Request Entity Too Large</title>\n<h1>Request Entity Too Large</h1>\n" +
            "<p>The data value transmitted exceeds the capacity limit.</p>\n",
            tooLarge.Text);
        Assert.Equal(413, client.Post("/form", data: "a=" + new string('x', 70 * 1024), contentType: "application/x-www-form-urlencoded").StatusCode);
        Assert.Equal(200, client.Post("/upload", files: [new TestFile("file", "ok.bin", new byte[60 * 1024])]).StatusCode);
    }

    [Theory]
    [InlineData("multipart/form-data")]
    [InlineData("multipart/form-data; boundary=xyz")]
    public void Invalid_multipart_gives_an_empty_form_not_an_error(string contentType)
    {
        using var client = App(Path.GetTempPath()).Client();

        var garbage = client.Post("/form", data: "this is not multipart", contentType: contentType);
        Assert.Equal(200, garbage.StatusCode);
        Assert.Equal("{\"all\":{},\"files\":[]}\n", garbage.Text);
        var truncated = client.Post("/form", data: "--xyz\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nunfinished", contentType: "multipart/form-data; boundary=xyz");
        Assert.Equal(200, truncated.StatusCode);
        Assert.Equal(400, client.Post("/upload", data: "garbage", contentType: contentType).StatusCode);
    }
}
