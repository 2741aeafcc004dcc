using HandlebarsDotNet;

namespace Carafe.Bench.Templates;

/// <summary>Handlebars.Net, which escapes <c>{{value}}</c> by default and compiles templates to delegates.</summary>
public sealed class HandlebarsEngine : TemplateEngine
{
    private readonly IHandlebars _handlebars = Handlebars.Create();

    /// <inheritdoc />
    public override string Name => "Handlebars.Net";

    /// <inheritdoc />
    public override string Extension => "hbs";

    /// <inheritdoc />
    public override ICompiledPage Compile(string source) => new Page(_handlebars.Compile(source));

    private sealed class Page(HandlebarsTemplate<object, object> template) : ICompiledPage
    {
        public string Render(PageData data) => template(data);
    }
}
