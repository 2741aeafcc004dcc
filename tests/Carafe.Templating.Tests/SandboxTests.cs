namespace Carafe.Templating.Tests;

/// <summary>A sandboxed environment refuses unsafe access and stops runaway templates with a clear exception.</summary>
public class SandboxTests
{
    private static Environment Sandboxed(SandboxOptions? options = null) => new() { Sandbox = options ?? new SandboxOptions() };

    [Fact]
    public void Underscore_attributes_are_refused()
    {
        var error = Assert.Throws<SecurityException>(() => Sandboxed().FromString("{{ ''.__class__ }}").Render());
        Assert.Equal("access to attribute '__class__' of 'str' object is unsafe.", error.Message);
    }

    [Fact]
    public void Output_size_is_limited()
    {
        var template = Sandboxed(new SandboxOptions { MaxOutputLength = 100 }).FromString("{% for i in range(50) %}xxxx{% endfor %}");
        var error = Assert.Throws<SecurityException>(() => template.Render());
        Assert.Equal("The template produced more than 100 characters of output.", error.Message);
    }

    [Fact]
    public void Loop_iterations_are_limited()
    {
        var template = Sandboxed(new SandboxOptions { MaxLoopIterations = 10 }).FromString("{% for i in range(5) %}{% for j in range(5) %}{% endfor %}{% endfor %}");
        var error = Assert.Throws<SecurityException>(() => template.Render());
        Assert.Equal("The template ran more than 10 loop iterations.", error.Message);
    }

    [Fact]
    public void Recursion_depth_is_limited()
    {
        var template = Sandboxed(new SandboxOptions { MaxRecursionDepth = 20 }).FromString("{% macro f(n) %}{{ f(n + 1) }}{% endmacro %}{{ f(0) }}");
        var error = Assert.Throws<SecurityException>(() => template.Render());
        Assert.StartsWith("The template recursed more than 20 levels deep", error.Message);
    }

    [Fact]
    public void Huge_ranges_are_refused()
    {
        var error = Assert.Throws<SecurityException>(() => Sandboxed().FromString("{{ range(10 ** 9)|length }}").Render());
        Assert.Equal("Range too big. The sandbox blocks ranges larger than MAX_RANGE (100000).", error.Message);
    }

    [Fact]
    public void Unbounded_recursion_fails_cleanly_outside_the_sandbox_too()
    {
        var template = new Environment().FromString("{% macro f(n) %}{{ f(n + 1) }}{% endmacro %}{{ f(0) }}");
        Assert.Throws<SecurityException>(() => template.Render());
    }

    [Fact]
    public void Ordinary_templates_render_in_the_sandbox()
    {
        Assert.Equal("A, B", Sandboxed().FromString("{{ names|map('upper')|join(', ') }}").Render(new { names = new[] { "a", "b" } }));
    }
}
