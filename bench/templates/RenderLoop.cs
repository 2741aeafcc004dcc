using System.Diagnostics;

namespace Carafe.Bench.Templates;

/// <summary>Renders one page with one engine for a while, so that a profiler sees only that (profile.sh).</summary>
internal static class RenderLoop
{
    /// <summary>Renders until <paramref name="duration"/> has passed; prints renders/s and bytes allocated per render.</summary>
    public static int Run(string engineName, string page, TimeSpan duration)
    {
        var engine = Engines.All.FirstOrDefault(e => string.Equals(e.Name, engineName, StringComparison.OrdinalIgnoreCase));
        if (engine is null || !Engines.Pages.Contains(page))
        {
            Console.Error.WriteLine(
                $"Engines: {string.Join(", ", Engines.All.Select(e => e.Name))}; pages: {string.Join(", ", Engines.Pages)}.");
            return 2;
        }

        var data = PageData.Load();
        var compiled = engine.Compile(engine.Source(page));
        var renders = 0L;
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < duration)
        {
            compiled.Render(data);
            renders++;
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        Console.WriteLine($"{engine.Name} {page}: {renders / clock.Elapsed.TotalSeconds:F0} renders/s, {allocated / renders} bytes allocated per render");
        return 0;
    }
}
