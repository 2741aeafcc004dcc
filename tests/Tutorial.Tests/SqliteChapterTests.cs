using Carafe.Testing;

namespace Tutorial.Tests;

/// <summary>The SQLite chapter: students added through the form into instance/students.db, and listed a page at a time.</summary>
public sealed class SqliteChapterTests : IDisposable
{
    private readonly string _instance = Directory.CreateTempSubdirectory("tutorial-instance-").FullName;

    private TestClient Client()
    {
        var app = TutorialApp.Create([], AppContext.BaseDirectory);
        app.InstancePath = _instance;
        return app.TestClient();
    }

    public void Dispose() => Directory.Delete(_instance, recursive: true);

    [Fact]
    public void The_table_is_created_at_start_up_in_the_instance_folder_and_the_index_links_the_chapter()
    {
        using var client = Client();

        Assert.Contains("<li><a href=\"/sqlite/students\">SQLite</a></li>", client.Get("/").Text);
        Assert.True(File.Exists(Path.Combine(_instance, "students.db")));
        var list = client.Get("/sqlite/students");
        Assert.Equal(200, list.StatusCode);
        Assert.Contains("<title>Students - Carafe Tutorial</title>", list.Text);
        Assert.Contains("<p>No students yet.</p>", list.Text);
        Assert.Contains("<a href=\"/sqlite/students/new\">Add Student</a>", list.Text);
    }

    [Fact]
    public void A_student_added_through_the_form_is_listed_with_a_flash()
    {
        using var client = Client();
        Assert.Contains("<form action=\"/sqlite/students/new\" method=\"post\">", client.Get("/sqlite/students/new").Text);

        var added = client.Post("/sqlite/students/new", form: new { name = "Ada <L>", address = "12 St James's Square", city = "London", pin = "0123" });
        Assert.Equal(302, added.StatusCode);
        Assert.Equal("/sqlite/students", added.Location);
        var list = client.Get("/sqlite/students");

        Assert.Contains("<li class=\"flash message\">Record was successfully added</li>", list.Text);
        Assert.Contains("<tr><td>Ada &lt;L&gt;</td><td>12 St James&#39;s Square</td><td>London</td><td>0123</td></tr>", list.Text);
        Assert.Contains("<span class=\"page-items\">1 - 1 of 1</span>", list.Text);
    }

    [Theory]
    [InlineData("", "1 Main St", "Paris", "75001", new[] { "Please enter the name." })]
    [InlineData("  ", "", "", "", new[] { "Please enter the name.", "Please enter the address.", "Please enter the city.", "Please enter the pin." })]
    [InlineData("Bob", "1 Main St", "Paris", "75-001", new[] { "The pin is 1 to 10 digits." })]
    [InlineData("Bob", "1 Main St", "Paris", "12345678901", new[] { "The pin is 1 to 10 digits." })]
    public void A_bad_form_is_a_422_naming_each_problem_keeping_what_was_typed_and_adding_nothing(string name, string address, string city, string pin, string[] errors)
    {
        using var client = Client();

        var response = client.Post("/sqlite/students/new", form: new { name, address, city, pin });

        Assert.Equal(422, response.StatusCode);
        Assert.Contains("<ul class=\"errors\">" + string.Concat(errors.Select(e => $"\n    <li>{e.Replace("'", "&#39;")}</li>")) + "\n  </ul>", response.Text);
        Assert.Contains($"<input type=\"text\" name=\"city\" value=\"{city.Trim()}\" required maxlength=\"100\">", response.Text);
        Assert.Contains("<p>No students yet.</p>", client.Get("/sqlite/students").Text);
    }

    [Fact]
    public void A_missing_field_is_named_and_an_overlong_one_too()
    {
        using var client = Client();

        var missing = client.Post("/sqlite/students/new", form: new { name = "Bob" });
        var long_ = client.Post("/sqlite/students/new", form: new { name = new string('x', 101), address = "a", city = "b", pin = "1" });

        Assert.Equal(422, missing.StatusCode);
        Assert.Contains("<li>Please enter the address.</li>", missing.Text);
        Assert.Equal(422, long_.StatusCode);
        Assert.Contains("<li>The name is longer than 100 characters.</li>", long_.Text);
    }

    [Fact]
    public void Students_are_listed_five_a_page_with_the_pagination_macro()
    {
        using var client = Client();
        for (var i = 1; i <= 12; i++)
        {
            client.Post("/sqlite/students/new", form: new { name = $"Student {i:00}", address = $"{i} Road", city = "Leeds", pin = $"{i}" });
        }

        var page2 = client.Get("/sqlite/students?page=2");

        Assert.Equal(200, page2.StatusCode);
        Assert.Contains("<td>Student 06</td>", page2.Text);
        Assert.Contains("<td>Student 10</td>", page2.Text);
        Assert.DoesNotContain("<td>Student 05</td>", page2.Text);
        Assert.DoesNotContain("<td>Student 11</td>", page2.Text);
        Assert.Contains("""
            <nav class="pagination">
              <span class="page-items">6 - 10 of 12</span>
              <a class="prev" href="/sqlite/students?page=1">&laquo; Previous</a>
              <a href="/sqlite/students?page=1">1</a>
              <strong>2</strong>
              <a href="/sqlite/students?page=3">3</a>
              <a class="next" href="/sqlite/students?page=3">Next &raquo;</a>
            </nav>
            """, page2.Text.ReplaceLineEndings("\n"));
        Assert.Contains("<td>Student 11</td>", client.Get("/sqlite/students?page=3&per_page=500").Text);
        Assert.Equal(404, client.Get("/sqlite/students?page=4").StatusCode);
        Assert.Equal(404, client.Get("/sqlite/students?page=zwei").StatusCode);
    }

    [Fact]
    public void What_was_added_survives_a_restart()
    {
        using (var client = Client())
        {
            client.Post("/sqlite/students/new", form: new { name = "Grace", address = "1 Navy Way", city = "Arlington", pin = "22201" });
        }

        using var restarted = Client();

        Assert.Contains("<td>Grace</td>", restarted.Get("/sqlite/students").Text);
    }
}
