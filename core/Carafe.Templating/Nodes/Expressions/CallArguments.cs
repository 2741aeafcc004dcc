using System.Collections;
using Carafe.Templating.Runtime;
using Carafe.Templating.Values;

namespace Carafe.Templating.Nodes;

/// <summary>The arguments written at a call site: positional, keyword, <c>*args</c> and <c>**kwargs</c>.</summary>
internal sealed class CallArguments(
    IReadOnlyList<Expression> positional,
    IReadOnlyList<(string Name, Expression Value)> keywords,
    Expression? starArgs,
    Expression? starKwargs)
{
    public static readonly CallArguments None = new([], [], null, null);

    public IReadOnlyList<Expression> Positional { get; } = positional;

    public bool IsConstant => starArgs is null && starKwargs is null && Positional.All(p => p.IsConstant) && keywords.All(k => k.Value.IsConstant);

    /// <summary>Arguments that are all literals (strings, numbers, none) are evaluated once and shared, since they cannot change.</summary>
    private readonly Arguments? _literal = positional.Count > 0 && keywords.Count == 0 && starArgs is null && starKwargs is null
        && positional.All(p => p is ConstantExpression)
        ? new Arguments([.. positional.Select(p => ((ConstantExpression)p).Value)], null)
        : null;

    public Arguments Evaluate(RenderContext context)
    {
        if (_literal is not null) return _literal;
        if (Positional.Count == 0 && keywords.Count == 0 && starArgs is null && starKwargs is null) return Arguments.Empty;
        var args = new List<object?>(Positional.Count);
        foreach (var p in Positional) args.Add(p.Evaluate(context));
        if (starArgs is not null) args.AddRange(PyIteration.Iterate(starArgs.Evaluate(context)));
        Dictionary<string, object?>? kwargs = null;
        foreach (var (name, value) in keywords) (kwargs ??= [])[name] = value.Evaluate(context);
        if (starKwargs?.Evaluate(context) is IDictionary extra)
            foreach (DictionaryEntry e in extra) (kwargs ??= [])[PyFormat.Str(e.Key)] = e.Value;
        return new Arguments(args, kwargs);
    }
}
