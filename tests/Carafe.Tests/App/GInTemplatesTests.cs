using static Carafe.Helpers;

namespace Carafe.Tests.App;

/// <summary>Flask's <c>g</c> in templates: attributes are the stored values, and <c>get</c>/<c>pop</c> are its methods.</summary>
public class GInTemplatesTests
{
    private static string Render(string source, Action<G>? fill = null)
    {
        var app = TestApps.Create();
        app.Get("/", (G g) =>
        {
            fill?.Invoke(g);
            return RenderTemplateString(source);
        });
        using var client = app.Client();
        return client.Get("/").Text;
    }

    [Fact]
    public void A_stored_value_is_an_attribute()
    {
        Assert.Equal("ann", Render("{{ g.user }}", g => g["user"] = "ann"));
        Assert.Equal("ann", Render("{{ g['user'] }}", g => g["user"] = "ann"));
    }

    [Fact]
    public void A_missing_value_is_undefined_so_it_tests_false()
    {
        Assert.Equal("[][anonymous]", Render("[{{ g.user }}][{% if g.user %}{{ g.user }}{% else %}anonymous{% endif %}]"));
    }

    [Fact]
    public void Get_and_pop_are_flasks_methods()
    {
        Assert.Equal("ann|None|guest|guest", Render(
            "{{ g.get('user') }}|{{ g.get('missing') }}|{{ g.get('missing', 'guest') }}|{{ g.get('missing', default='guest') }}",
            g => g["user"] = "ann"));
        Assert.Equal("ann|None", Render("{{ g.pop('user') }}|{{ g.get('user') }}", g => g["user"] = "ann"));
    }

    [Fact]
    public void A_stored_value_named_get_shadows_the_method_as_in_python()
    {
        Assert.Equal("shadowed", Render("{{ g.get }}", g => g["get"] = "shadowed"));
    }
}
