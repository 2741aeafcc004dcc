using Carafe.Forms.Validators;
using Carafe.Templating;
using static Carafe.Forms.Tests.Support.FormBinding;

namespace Carafe.Forms.Tests;

/// <summary>How each kind of property binds: typed data from the request, from an object being edited, nested forms, lists, files and choices.</summary>
public class BindingTests
{
    public enum Plan { Free, Pro }

    public sealed class Address
    {
        [DataRequired] public string? City { get; set; }
        public string? Zip { get; set; }
    }

    public sealed class Profile
    {
        public string Name { get; set; } = "anonymous";
        public Plan Plan { get; set; } = Plan.Pro;
        [Choice("py"), Choice("rb")] public List<string> Languages { get; set; } = [];
        [Length(Max = 3)] public List<string> Tags { get; set; } = [];
        public Address Home { get; set; } = new();
        [DateTimeLocal] public DateTime? Meeting { get; set; }
        public decimal Balance { get; set; }
        public FileStorage? Avatar { get; set; }
        public List<FileStorage> Attachments { get; set; } = [];
        [Select] public int? Team { get; set; }
        [Hidden] public string? Next { get; set; }
    }

    [Fact]
    public void Unsubmitted_forms_show_the_class_defaults()
    {
        var form = Bind<Profile>();

        Assert.Equal("anonymous", form["name"].Data);
        Assert.Equal(Plan.Pro, form["plan"].Data);
        Assert.Contains("<option selected value=\"Pro\">Pro</option>", form["plan"].ToHtml());
    }

    [Fact]
    public void An_object_being_edited_fills_the_form()
    {
        var form = Bind(obj: new Profile { Name = "Ada", Plan = Plan.Free, Tags = ["x", "y"], Home = new Address { City = "London" } });

        Assert.Equal("<input id=\"name\" name=\"name\" type=\"text\" value=\"Ada\">", form["name"].ToHtml());
        Assert.Equal(Plan.Free, form["plan"].Data);
        Assert.Equal("<input id=\"tags-1\" maxlength=\"3\" name=\"tags-1\" type=\"text\" value=\"y\">", ((IEnumerable<Field>)form["tags"]).Last().ToHtml());
        Assert.Equal("<input id=\"home-city\" name=\"home-city\" required type=\"text\" value=\"London\">", ((IEnumerable<Field>)form["home"]).First().ToHtml());
    }

    [Fact]
    public async Task Submitted_data_binds_typed_into_every_kind()
    {
        var form = Bind<Profile>(new()
        {
            ["name"] = "Ada", ["plan"] = "Free", ["languages"] = new[] { "py", "rb" }, ["tags-0"] = "ab", ["tags-1"] = "cd",
            ["home-city"] = "Paris", ["home-zip"] = "75001", ["meeting"] = "2026-11-26T10:30", ["balance"] = "12.5",
            ["avatar"] = Upload("avatar", "me.png", 4), ["attachments"] = new object[] { Upload("attachments", "a.txt", 1), Upload("attachments", "b.txt", 2) },
            ["team"] = "2", ["next"] = "/home",
        });
        form.SetChoices("team", [new SelectChoice("1", "Red"), new SelectChoice("2", "Blue")]);

        Assert.True(await form.ValidateAsync(), string.Join("; ", form.Errors.Select(e => $"{e.Key}: {string.Join(",", e.Value)}")));
        var data = form.Data;
        Assert.Equal(("Ada", Plan.Free, 2), (data.Name, data.Plan, data.Team));
        Assert.Equal(["py", "rb"], data.Languages);
        Assert.Equal(["ab", "cd"], data.Tags);
        Assert.Equal(("Paris", "75001"), (data.Home.City, data.Home.Zip));
        Assert.Equal(new DateTime(2026, 11, 26, 10, 30, 0), data.Meeting);
        Assert.Equal(12.5m, data.Balance);
        Assert.Equal("me.png", data.Avatar!.Filename);
        Assert.Equal(["a.txt", "b.txt"], data.Attachments.Select(a => a.Filename));
        Assert.Equal("/home", data.Next);
    }

    [Fact]
    public async Task Nested_and_listed_errors_are_named_by_their_fields()
    {
        var form = Bind<Profile>(new() { ["tags-0"] = "ok", ["tags-1"] = "toolong", ["home-zip"] = "1", ["plan"] = "Gold" });
        form.SetChoices("team", []);

        Assert.False(await form.ValidateAsync());

        Assert.Equal(new Dictionary<string, IReadOnlyList<string>>
        {
            ["plan"] = ["Invalid Choice: could not coerce."],
            ["tags-1"] = ["Field cannot be longer than 3 characters."],
            ["home-city"] = ["This field is required."],
            ["team"] = ["Not a valid choice."],
        }, form.Errors);
    }

    [Fact]
    public async Task PopulateObj_copies_a_valid_submission_onto_the_object()
    {
        var form = Bind<Address>(new() { ["city"] = "Rome" });
        var address = new Address { City = "Old", Zip = "kept?" };

        Assert.True(await form.ValidateAsync());
        form.PopulateObj(address);

        Assert.Equal(("Rome", null), (address.City, address.Zip));
    }

    [Fact]
    public void A_prefix_names_every_field()
    {
        var form = Bind<Address>(new() { ["billing-city"] = "Oslo" }, prefix: "billing-");

        Assert.Equal("<input id=\"billing-city\" name=\"billing-city\" required type=\"text\" value=\"Oslo\">", form["city"].ToHtml());
    }

    [Fact]
    public void Templates_use_fields_labels_iteration_and_the_macros()
    {
        var environment = new Carafe.Templating.Environment
        {
            Autoescape = true,
            Loader = new EmbeddedResourceLoader(typeof(Forms).Assembly, "Carafe.Forms.templates"),
        };
        var form = Bind(obj: new Address { City = "Rome" });
        var template = environment.FromString("""
            {{ form.city.label }}|{{ form.city(class_="wide") }}|{% for f in form %}{{ f.name }};{% endfor %}|{{ form.city.flags.required }}|{{ form.zip.errors }}
            """);

        Assert.Equal("<label for=\"city\">City</label>|<input class=\"wide\" id=\"city\" name=\"city\" required type=\"text\" value=\"Rome\">|city;zip;|True|[]",
            template.Render(new Dictionary<string, object?> { ["form"] = form }));
        var page = environment.FromString("""{% from "forms/macros.html" import render_form %}{{ render_form(form, action="/go") }}""").Render(new Dictionary<string, object?> { ["form"] = form });
        Assert.Contains("<form action=\"/go\" method=\"post\">", page);
        Assert.Contains("<p class=\"field\"><label for=\"city\">City</label> <input id=\"city\" name=\"city\" required type=\"text\" value=\"Rome\"></p>", page);
        Assert.Contains("<p><input type=\"submit\" value=\"Submit\"></p>", page);
    }

    [Fact]
    public void Hidden_tag_renders_the_hidden_fields_only()
    {
        var form = Bind(obj: new Profile { Next = "/a&b" });

        Assert.Equal("<input id=\"next\" name=\"next\" type=\"hidden\" value=\"/a&amp;b\">", form.HiddenTag().Html);
    }

    [Fact]
    public void Field_names_are_snake_case_and_labels_are_titled()
    {
        Assert.Equal("first_name", Fields.FormSchema.SnakeCase("FirstName"));
        Assert.Equal("html_body", Fields.FormSchema.SnakeCase("HTMLBody"));
        Assert.Equal("address2", Fields.FormSchema.SnakeCase("Address2"));
        Assert.Equal("First Name", Fields.FormSchema.Title("first_name"));
        Assert.Equal("E Mail2X", Fields.FormSchema.Title("e_mail2x"));
    }

    public sealed class Unsupported { public Uri? Link { get; set; } }

    [Fact]
    public void A_property_no_field_holds_is_explained()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Bind<Unsupported>());

        Assert.Contains("The property Unsupported.Link is a Uri, which no form field holds.", error.Message);
    }
}
