using System.Text.Encodings.Web;
using System.Text.Unicode;
using Fluid;

namespace Carafe.Bench.Templates;

/// <summary>Fluid (Liquid), escaping output through an HTML encoder as an ASP.NET Core site would.</summary>
public sealed class FluidEngine : TemplateEngine
{
    private static readonly FluidParser Parser = new();

    // All Unicode ranges allowed, so the Japanese fortune is written as is, as the other engines do.
    private static readonly TextEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private static readonly TemplateOptions Options = CreateOptions();

    /// <inheritdoc />
    public override string Name => "Fluid";

    /// <inheritdoc />
    public override string Extension => "liquid";

    /// <inheritdoc />
    public override ICompiledPage Compile(string source) => new Page(Parser.Parse(source));

    private static TemplateOptions CreateOptions()
    {
        var options = new TemplateOptions();
        options.MemberAccessStrategy.MemberNameStrategy = MemberNameStrategies.SnakeCase;
        options.MemberAccessStrategy.Register<PageData>();
        options.MemberAccessStrategy.Register<Product>();
        options.MemberAccessStrategy.Register<Fortune>();
        return options;
    }

    private sealed class Page(IFluidTemplate template) : ICompiledPage
    {
        public string Render(PageData data) => template.Render(new TemplateContext(data, Options), Encoder);
    }
}
