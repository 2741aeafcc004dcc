using System.Text;
using Carafe.Templating.Nodes;
using Carafe.Templating.Values;

namespace Carafe.Templating.Runtime;

/// <summary>
/// The state of one render: where output goes, which variables are visible, the block stacks of the inheritance
/// chain and the counters the sandbox limits. Nothing here is shared between renders, which keeps rendering thread-safe.
/// </summary>
internal sealed class RenderContext
{
    public RenderContext(Environment environment, Template template, Scope root, StringBuilder output)
    {
        Environment = environment;
        Template = template;
        Scope = root;
        RootScope = root;
        Output = output;
        Autoescape = environment.ShouldAutoescape(template.Name);
    }

    public Environment Environment { get; }
    public Template Template { get; set; }
    public Scope Scope { get; set; }

    /// <summary>The template-level scope: what blocks see and what an imported template exports.</summary>
    public Scope RootScope { get; set; }

    public StringBuilder Output { get; set; }
    public bool Autoescape { get; set; }
    public LoopControl Control { get; set; }

    /// <summary>For each block name, its definitions from the most derived template to the base.</summary>
    public Dictionary<string, List<BlockStatement>> Blocks { get; set; } = NoBlocks;

    private static readonly Dictionary<string, List<BlockStatement>> NoBlocks = [];

    /// <summary>The template an executed <c>extends</c> named; it renders once the child's body has run.</summary>
    public Template? PendingParent { get; set; }

    /// <summary>The real output while a child's text after <c>extends</c> is being discarded.</summary>
    public StringBuilder? OutputBeforeExtends { get; set; }

    private int _depth;
    private long _written;
    private long _iterations;

    public object? Resolve(string name)
    {
        if (Scope.TryGet(name, out var value)) return value;
        if (name == "self") return new TemplateReference(this);
        if (Environment.Globals.TryGetValue(name, out value)) return value;
        return new Undefined(Environment.Undefined, name);
    }

    public Undefined MissingAttribute(object? owner, object? name) => new(Environment.Undefined, owner, name);

    public void Write(string text)
    {
        Output.Append(text);
        _written += text.Length;
        if (Environment.Sandbox is { MaxOutputLength: > 0 } sandbox && _written > sandbox.MaxOutputLength)
            throw new SecurityException($"The template produced more than {sandbox.MaxOutputLength} characters of output.");
    }

    /// <summary>What <c>{{ value }}</c> writes: escaped when autoescaping, unless it is already <see cref="Markup"/> or <see cref="IHtml"/>.</summary>
    public void WriteValue(object? value)
    {
        switch (value)
        {
            case string s: Write(Autoescape ? Markup.EscapeText(s) : s); break;
            case Markup m: Write(m.Html); break;
            case IHtml html: Write(html.ToHtml()); break;
            default:
                string text = PyFormat.Str(value);
                Write(Autoescape ? Markup.EscapeText(text) : text);
                break;
        }
    }

    /// <summary>Renders statements into a fresh buffer and returns the text (for macros, block sets, filter blocks).</summary>
    public string Capture(Action render)
    {
        var saved = Output;
        Output = new StringBuilder();
        try
        {
            render();
            return Output.ToString();
        }
        finally
        {
            Output = saved;
        }
    }

    /// <summary>Captured text as a value: markup when autoescaping, so it is not escaped twice.</summary>
    public object Captured(string text) => Autoescape ? new Markup(text) : text;

    public void Enter()
    {
        int limit = Environment.Sandbox?.MaxRecursionDepth ?? Environment.MaxRecursionDepth;
        if (++_depth > limit)
        {
            _depth = 0;
            throw new SecurityException($"The template recursed more than {limit} levels deep (macro calls, includes or recursive loops).");
        }
    }

    public void Leave() => _depth--;

    public void CountIteration()
    {
        if (Environment.Sandbox is { MaxLoopIterations: > 0 } sandbox && ++_iterations > sandbox.MaxLoopIterations)
            throw new SecurityException($"The template ran more than {sandbox.MaxLoopIterations} loop iterations.");
    }

    /// <summary>Runs a template's body, then the bodies of the templates it extends, sharing this context.</summary>
    public void RenderTemplate(Template template)
    {
        Blocks = template.Blocks.Count == 0 ? NoBlocks : [];
        AddBlocks(template);
        Template = template;
        template.Body.Render(this);
        while (PendingParent is { } parent)
        {
            PendingParent = null;
            Output = OutputBeforeExtends!;
            OutputBeforeExtends = null;
            AddBlocks(parent);
            Template = parent;
            parent.Body.Render(this);
        }
    }

    private void AddBlocks(Template template)
    {
        foreach (var (name, block) in template.Blocks)
        {
            if (ReferenceEquals(Blocks, NoBlocks)) Blocks = [];
            if (!Blocks.TryGetValue(name, out var stack)) Blocks[name] = stack = [];
            stack.Add(block);
        }
    }

    /// <summary>Renders another template (include, import) in its own template-level state, then restores ours.</summary>
    public void RenderNested(Template template, Scope root, StringBuilder output)
    {
        var (savedTemplate, savedScope, savedRoot, savedOutput, savedBlocks, savedParent, savedBefore, savedEscape) =
            (Template, Scope, RootScope, Output, Blocks, PendingParent, OutputBeforeExtends, Autoescape);
        Scope = RootScope = root;
        Output = output;
        PendingParent = null;
        OutputBeforeExtends = null;
        Autoescape = Environment.ShouldAutoescape(template.Name);
        Enter();
        try
        {
            RenderTemplate(template);
        }
        finally
        {
            Leave();
            (Template, Scope, RootScope, Output, Blocks, PendingParent, OutputBeforeExtends, Autoescape) =
                (savedTemplate, savedScope, savedRoot, savedOutput, savedBlocks, savedParent, savedBefore, savedEscape);
        }
    }
}
