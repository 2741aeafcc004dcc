using Carafe.Extensions;

namespace Carafe.Plugins.Tests;

public class ExtensionOrderTests
{
    private static (IReadOnlyList<string> Order, IReadOnlyDictionary<string, string> Failures) Sort(string disabled, params string[] extensions) =>
        ExtensionOrder.Sort(
            extensions.Select(e => e.Split(':')).Select(p => (p[0], (IReadOnlyList<string>)(p.Length > 1 ? p[1].Split(',') : []))).ToList(),
            disabled.Split(',', StringSplitOptions.RemoveEmptyEntries).ToHashSet());

    [Fact]
    public void DependenciesComeFirstOtherwiseTheOrderFound()
    {
        var (order, failures) = Sort("", "Forms:Orm,Mail", "Mail", "Orm", "Ajax");
        Assert.Equal(["Mail", "Orm", "Forms", "Ajax"], order);
        Assert.Empty(failures);
    }

    [Fact]
    public void AMissingDependencyFailsItsDependants()
    {
        var (_, failures) = Sort("Orm", "Forms:Orm", "Admin:Forms", "Mail:Smtp");
        Assert.Equal("needs 'Orm', which is disabled", failures["Forms"]);
        Assert.Equal("needs 'Forms', which failed", failures["Admin"]);
        Assert.Equal("needs 'Smtp', which is not installed", failures["Mail"]);
    }

    [Fact]
    public void ACycleIsReportedWithItsPath()
    {
        var (order, failures) = Sort("", "A:B", "B:C", "C:A", "D:A", "E");
        Assert.Equal(["E"], order);
        Assert.Equal("dependency cycle: A -> B -> C -> A", failures["A"]);
        Assert.Equal("dependency cycle: B -> C -> A -> B", failures["B"]);
        Assert.Equal("dependency cycle: C -> A -> B -> C", failures["C"]);
        Assert.Equal("needs 'A', which failed", failures["D"]);
    }
}
