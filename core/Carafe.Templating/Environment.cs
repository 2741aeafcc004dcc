using Carafe.Templating.Filters;
using Carafe.Templating.Globals;
using Carafe.Templating.Lexing;
using Carafe.Templating.Parsing;
using Carafe.Templating.Runtime;
using Carafe.Templating.Tests;
using Carafe.Templating.Values;

namespace Carafe.Templating;

/// <summary>
/// The shared configuration of a set of templates (Jinja's <c>Environment</c>): syntax, autoescaping, undefined
/// behaviour, loader, globals, filters and tests, and the cache of compiled templates. Options are init-only; add
/// globals, filters and tests before loading templates, since templates look filters and tests up when compiled.
/// Loading and rendering are thread-safe.
/// </summary>
public sealed class Environment
{
    private readonly TemplateCache _cache;
    private SyntaxOptions? _syntax;

    /// <summary>Creates an environment with Jinja's defaults and its builtin globals, filters and tests.</summary>
    public Environment()
    {
        BuiltinGlobals.Register(Globals);
        BuiltinFilters.Register(Filters);
        BuiltinTests.Register(Tests);
        _cache = new TemplateCache(() => CacheSize);
    }

    /// <summary>Where <see cref="GetTemplate"/> finds templates by name.</summary>
    public ITemplateLoader? Loader { get; init; }

    /// <summary>Whether <c>{{ }}</c> output is HTML-escaped; off by default, as in Jinja.</summary>
    public bool Autoescape { get; init; }

    /// <summary>Chooses autoescaping per template name (null for string templates); wins over <see cref="Autoescape"/>.</summary>
    public Func<string?, bool>? AutoescapeSelector { get; init; }

    /// <summary>Removes the first newline after a block tag.</summary>
    public bool TrimBlocks { get; init; }

    /// <summary>Strips spaces and tabs before a block tag at the start of a line.</summary>
    public bool LstripBlocks { get; init; }

    /// <summary>Keeps a single trailing newline of the source, which Jinja drops by default.</summary>
    public bool KeepTrailingNewline { get; init; }

    /// <summary>The newline written for each line break of template text: <c>\n</c>, <c>\r\n</c> or <c>\r</c>.</summary>
    public string NewlineSequence { get; init; } = "\n";

    /// <summary>Opens a statement: <c>{%</c>.</summary>
    public string BlockStartString { get; init; } = "{%";

    /// <summary>Closes a statement: <c>%}</c>.</summary>
    public string BlockEndString { get; init; } = "%}";

    /// <summary>Opens an expression: <c>{{</c>.</summary>
    public string VariableStartString { get; init; } = "{{";

    /// <summary>Closes an expression: <c>}}</c>.</summary>
    public string VariableEndString { get; init; } = "}}";

    /// <summary>Opens a comment: <c>{#</c>.</summary>
    public string CommentStartString { get; init; } = "{#";

    /// <summary>Closes a comment: <c>#}</c>.</summary>
    public string CommentEndString { get; init; } = "#}";

    /// <summary>Starts a line statement (<c>#</c> makes <c># for x in y</c> work); null (off) by default.</summary>
    public string? LineStatementPrefix { get; init; }

    /// <summary>Starts a line comment (such as <c>##</c>); null (off) by default.</summary>
    public string? LineCommentPrefix { get; init; }

    /// <summary>What templates may do with undefined names.</summary>
    public UndefinedBehavior Undefined { get; init; }

    /// <summary>Restricts templates for untrusted authors; null for a normal environment.</summary>
    public SandboxOptions? Sandbox { get; init; }

    /// <summary>How many compiled templates to keep (least recently used are dropped); Jinja's default is 400.</summary>
    public int CacheSize { get; init; } = 400;

    /// <summary>Checks whether a cached template's source changed before reusing it, as Jinja's <c>auto_reload</c>.</summary>
    public bool AutoReload { get; init; } = true;

    /// <summary>
    /// Turns a name used inside a template (<c>extends</c>, <c>include</c>, <c>import</c>) and the name of the template
    /// using it into the name to load, as Jinja's <c>join_path</c>; null keeps names as written (Jinja's default).
    /// </summary>
    public Func<string, string, string>? JoinPath { get; init; }

    /// <summary>How deeply macro calls, includes and recursive loops may nest outside a sandbox, so runaway recursion fails cleanly.</summary>
    public int MaxRecursionDepth { get; init; } = 200;

    /// <summary>Values every template sees, such as <c>range</c> or an app's <c>url_for</c>; delegates are callable.</summary>
    public IDictionary<string, object?> Globals { get; } = new Dictionary<string, object?>();

    /// <summary>
    /// Filters by name. Add any delegate: its first parameter receives the filtered value, the rest are bound by
    /// position and by name; or a <see cref="TemplateFunction"/> to receive the arguments as written.
    /// </summary>
    public IDictionary<string, Delegate> Filters { get; } = new Dictionary<string, Delegate>();

    /// <summary>Tests by name, added like <see cref="Filters"/>; the result is read for its truth.</summary>
    public IDictionary<string, Delegate> Tests { get; } = new Dictionary<string, Delegate>();

    internal SyntaxOptions SyntaxOptions => _syntax ??= new SyntaxOptions(
        BlockStartString, BlockEndString, VariableStartString, VariableEndString, CommentStartString, CommentEndString,
        LineStatementPrefix, LineCommentPrefix, TrimBlocks, LstripBlocks, KeepTrailingNewline, NewlineSequence);

    internal bool ShouldAutoescape(string? name) => AutoescapeSelector?.Invoke(name) ?? Autoescape;

    /// <summary>Loads (or takes from the cache) and compiles the named template.</summary>
    /// <param name="name">The template's name, as the loader knows it.</param>
    /// <param name="parent">The template asking for it; with <see cref="JoinPath"/> set, names are resolved relative to it.</param>
    /// <exception cref="TemplateNotFoundException">No loader has it.</exception>
    /// <exception cref="TemplateSyntaxException">It does not parse.</exception>
    public Template GetTemplate(string name, string? parent = null)
    {
        if (parent is not null && JoinPath is not null) name = JoinPath(name, parent);
        return _cache.Get(name, AutoReload) ?? _cache.Add(name, Load(name));
    }

    /// <summary>The first of <paramref name="names"/> that exists.</summary>
    /// <exception cref="TemplatesNotFoundException">None of them exists.</exception>
    public Template SelectTemplate(IEnumerable<string> names) => SelectTemplate(names, null);

    internal Template SelectTemplate(IEnumerable<string> names, string? parent)
    {
        var tried = new List<string>();
        foreach (var name in names)
        {
            tried.Add(name);
            try
            {
                return GetTemplate(name, parent);
            }
            catch (TemplateNotFoundException e) when (e is not TemplatesNotFoundException)
            {
            }
        }
        throw new TemplatesNotFoundException(tried);
    }

    /// <summary>Compiles a template from source; it is not cached and has no name.</summary>
    public Template FromString(string source) => Compile(source, null, null, null);

    private Template Load(string name)
    {
        var source = Loader?.GetSource(name) ?? throw new TemplateNotFoundException(name);
        return Compile(source.Text, name, source.FileName, source.IsUpToDate);
    }

    private Template Compile(string text, string? name, string? fileName, Func<bool>? isUpToDate)
    {
        var source = new SourceText(Lexer.Normalize(text, KeepTrailingNewline), name);
        var (body, blocks) = Parser.Parse(this, source);
        return new Template(this, name, fileName, body, blocks, isUpToDate);
    }

    internal FilterFunction? ResolveFilter(string name)
    {
        if (!Filters.TryGetValue(name, out var filter)) return null;
        return filter switch
        {
            FilterFunction builtin => builtin,
            TemplateFunction function => (_, value, a) => function([value, .. a.Positional], a.Keywords ?? NoKeywords),
            _ => (_, value, a) => DotNetBinder.Invoke(filter.Target, [filter.Method], new Arguments([value, .. a.Positional], a.Keywords), name),
        };
    }

    internal TestFunction? ResolveTest(string name)
    {
        if (!Tests.TryGetValue(name, out var test)) return null;
        return test switch
        {
            TestFunction builtin => builtin,
            TemplateFunction function => (_, value, a) => PyTruth.IsTrue(function([value, .. a.Positional], a.Keywords ?? NoKeywords)),
            _ => (_, value, a) => PyTruth.IsTrue(DotNetBinder.Invoke(test.Target, [test.Method], new Arguments([value, .. a.Positional], a.Keywords), name)),
        };
    }

    private static readonly IReadOnlyDictionary<string, object?> NoKeywords = new Dictionary<string, object?>();
}
