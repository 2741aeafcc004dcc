namespace Carafe.Templating.Tests;

public class AssemblyTests
{
    [Fact]
    public void Templating_has_no_web_dependency()
    {
        var references = typeof(Carafe.Templating.AssemblyMarker).Assembly.GetReferencedAssemblies().Select(a => a.Name);
        Assert.DoesNotContain(references, name => name!.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
    }
}
