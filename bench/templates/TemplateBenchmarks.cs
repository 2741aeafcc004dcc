using BenchmarkDotNet.Attributes;

namespace Carafe.Bench.Templates;

/// <summary>Each engine on each page: render time and allocations, and compile (parse) time.</summary>
[MemoryDiagnoser]
public class TemplateBenchmarks
{
    private readonly PageData _data = PageData.Load();
    private string _source = "";
    private ICompiledPage? _page;

    /// <summary>The engine measured.</summary>
    [ParamsSource(nameof(AllEngines))]
    public TemplateEngine Engine { get; set; } = Engines.All[0];

    /// <summary>The page measured.</summary>
    [ParamsSource(nameof(AllPages))]
    public string Page { get; set; } = "";

    /// <summary>BenchmarkDotNet's source of <see cref="Engine"/> values.</summary>
    public static IEnumerable<TemplateEngine> AllEngines => Engines.All;

    /// <summary>BenchmarkDotNet's source of <see cref="Page"/> values.</summary>
    public static IEnumerable<string> AllPages => Engines.Pages;

    /// <summary>Reads the page's source and compiles it once for <see cref="Render"/>.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _source = Engine.Source(Page);
        _page = Engine.Compile(_source);
    }

    /// <summary>One render of the compiled page.</summary>
    [Benchmark]
    public string Render() => _page!.Render(_data);

    /// <summary>One parse and compile of the page's source.</summary>
    [Benchmark]
    public ICompiledPage Compile() => Engine.Compile(_source);
}
