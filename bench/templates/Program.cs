using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Carafe.Bench.Templates;

// Usage: TemplateBench --check            checks every engine's output against expected/*.html
//        TemplateBench RESULTS.tsv        checks, then measures, and writes one line per measurement:
//        engine, page, render|compile, median ns, min ns, max ns, bytes allocated per operation.
//        TemplateBench --loop ENGINE PAGE SECONDS   renders in a loop, for a profiler (profile.sh)
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

if (args is ["--loop", var engineName, var pageName, var secondsText])
{
    return RenderLoop.Run(engineName, pageName, TimeSpan.FromSeconds(double.Parse(secondsText)));
}

if (args.Length != 1)
{
    Console.Error.WriteLine("Usage: TemplateBench --check | TemplateBench RESULTS.tsv | TemplateBench --loop ENGINE PAGE SECONDS");
    return 2;
}

var data = PageData.Load();
var failed = false;
foreach (var engine in Engines.All)
{
    foreach (var page in Engines.Pages)
    {
        var difference = OutputCheck.Compare(
            Engines.Expected(page), engine.Compile(engine.Source(page)).Render(data), engine.RendersLikeJinja2);
        Console.Error.WriteLine($"{engine.Name} {page}: {difference ?? "same output as Jinja2"}");
        failed |= difference is not null;
    }
}

if (failed || args[0] == "--check")
{
    return failed ? 1 : 0;
}

var resultsPath = Path.GetFullPath(args[0]);

// In process: no generated project to build. Seven measured iterations give a median and a spread.
var config = DefaultConfig.Instance
    .WithArtifactsPath(Path.Combine(Path.GetDirectoryName(resultsPath)!, "BenchmarkDotNet.Artifacts"))
    .AddJob(Job.Default
        .WithToolchain(InProcessEmitToolchain.Instance)
        .WithLaunchCount(1)
        .WithWarmupCount(3)
        .WithIterationCount(7));
var summary = BenchmarkRunner.Run<TemplateBenchmarks>(config);

using var results = new StreamWriter(resultsPath);
foreach (var report in summary.Reports.Where(r => r.ResultStatistics is not null))
{
    var statistics = report.ResultStatistics!;
    var allocated = report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase);
    results.WriteLine(string.Join('\t',
        report.BenchmarkCase.Parameters["Engine"],
        report.BenchmarkCase.Parameters["Page"],
        report.BenchmarkCase.Descriptor.WorkloadMethod.Name.ToLowerInvariant(),
        statistics.Median.ToString("F0"),
        statistics.Min.ToString("F0"),
        statistics.Max.ToString("F0"),
        allocated?.ToString() ?? "-"));
}

return summary.HasCriticalValidationErrors ? 1 : 0;
