namespace Carafe.Bench.Templates;

/// <summary>A template engine under test: its name, its templates' file extension, its compiler.</summary>
public abstract class TemplateEngine
{
    /// <summary>The engine's name as the tables show it.</summary>
    public abstract string Name { get; }

    /// <summary>The extension of its templates in pages/: <c>liquid</c> for pages/products.liquid.</summary>
    public abstract string Extension { get; }

    /// <summary>Whether it renders Jinja2's syntax to Jinja2's bytes, entity spelling included.</summary>
    public virtual bool RendersLikeJinja2 => false;

    /// <summary>Parses and compiles a template's source.</summary>
    public abstract ICompiledPage Compile(string source);

    /// <summary>The source of one of the pages in this engine's syntax.</summary>
    public string Source(string page) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "pages", $"{page}.{Extension}"));

    /// <summary>BenchmarkDotNet shows parameters by their text.</summary>
    public override string ToString() => Name;
}
