namespace Carafe.Templating.Tests;

/// <summary>Errors say what went wrong and where: template name, line, column and the offending line.</summary>
public class ErrorReportingTests
{
    private static Environment WithTemplates(params (string Name, string Source)[] templates) =>
        new() { Loader = new DictLoader(templates.ToDictionary(t => t.Name, t => t.Source)) };

    [Fact]
    public void Syntax_error_carries_name_line_column_and_source_line()
    {
        var environment = WithTemplates(("page.html", "<h1>Title</h1>\n<p>{{ user.name + }}</p>"));
        var error = Assert.Throws<TemplateSyntaxException>(() => environment.GetTemplate("page.html"));
        Assert.Equal("unexpected '}}'".Replace("}}", "end of print statement"), error.Reason);
        Assert.Equal("page.html", error.Name);
        Assert.Equal(2, error.LineNumber);
        Assert.Equal(19, error.Column);
        Assert.Equal("<p>{{ user.name + }}</p>", error.SourceLine);
        Assert.Equal("unexpected 'end of print statement'\n  File \"page.html\", line 2\n    <p>{{ user.name + }}</p>", error.Message);
    }

    [Fact]
    public void Unclosed_block_names_what_was_expected()
    {
        var error = Assert.Throws<TemplateSyntaxException>(() => new Environment().FromString("{% for x in y %}\n{{ x }}"));
        Assert.Equal("Unexpected end of template. Jinja was looking for the following tags: 'endfor' or 'else'. The innermost block that needs to be closed is 'for'.", error.Reason);
        Assert.Null(error.Name);
    }

    [Fact]
    public void Runtime_error_names_the_template_and_line()
    {
        var environment = WithTemplates(("base.html", "a\n{% block body %}{% endblock %}"), ("page.html", "{% extends 'base.html' %}{% block body %}\n\n{{ 1 // 0 }}{% endblock %}"));
        var error = Assert.Throws<TemplateRuntimeException>(() => environment.GetTemplate("page.html").Render());
        Assert.Equal("integer division or modulo by zero", error.Message);
        Assert.Equal("page.html", error.TemplateName);
        Assert.Equal(3, error.LineNumber);
    }

    [Fact]
    public void Strict_undefined_fails_on_any_use_and_names_the_variable()
    {
        var environment = new Environment { Undefined = UndefinedBehavior.Strict };
        var error = Assert.Throws<UndefinedException>(() => environment.FromString("{{ missing }}").Render());
        Assert.Equal("'missing' is undefined", error.Message);
        Assert.Equal("fallback", environment.FromString("{{ missing|default('fallback') }}").Render());
        Assert.Equal("False", environment.FromString("{{ missing is defined }}").Render());
    }

    [Fact]
    public void Chainable_and_debug_undefined()
    {
        Assert.Equal("[]", new Environment { Undefined = UndefinedBehavior.Chainable }.FromString("[{{ a.b.c }}]").Render());
        Assert.Equal("[{{ a }}]", new Environment { Undefined = UndefinedBehavior.Debug }.FromString("[{{ a }}]").Render());
    }

    [Fact]
    public void Exception_from_a_dotnet_method_is_wrapped_with_the_line()
    {
        var environment = new Environment();
        environment.Globals["boom"] = (Func<string>)(() => throw new InvalidOperationException("no"));
        var error = Assert.Throws<TemplateRuntimeException>(() => environment.FromString("\n{{ boom() }}").Render());
        Assert.Equal("boom() failed: no", error.Message);
        Assert.Equal(2, error.LineNumber);
    }
}
