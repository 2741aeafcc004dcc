using Carafe.Templating.Runtime;
using Carafe.Templating.Values;

namespace Carafe.Templating.Nodes;

/// <summary>
/// <c>{% for target in iterable if test recursive %}body{% else %}empty{% endfor %}</c>. The body runs in its own
/// scope, so assignments inside do not leak out, and sees the <c>loop</c> object.
/// </summary>
internal sealed class ForStatement(
    int line, AssignmentTarget target, Expression iterable, Expression? filter, bool recursive, Statement body, Statement? otherwise)
    : Statement(line)
{
    public override void Render(RenderContext context) => Run(context, iterable.Evaluate(context), depth: 0);

    private void Run(RenderContext context, object? source, int depth)
    {
        var outer = context.Scope;
        var scope = new Scope(outer);
        context.Scope = scope;
        try
        {
            var items = Select(context, scope, source);
            if (items.Count == 0)
            {
                context.Scope = outer;
                otherwise?.Render(context);
                return;
            }
            var loop = new LoopContext(items, depth, recursive ? (nested, d) => Recurse(context, outer, nested, d) : null);
            for (int i = 0; i < items.Count; i++)
            {
                context.CountIteration();
                loop.Index0 = i;
                target.Assign(context, scope, items[i]);
                scope.Set("loop", loop);
                body.Render(context);
                if (context.Control == LoopControl.Break) { context.Control = LoopControl.None; break; }
                context.Control = LoopControl.None;
            }
        }
        finally
        {
            context.Scope = outer;
        }
    }

    /// <summary><c>loop(children)</c> in a recursive loop: the same body over new items, one level deeper.</summary>
    private string Recurse(RenderContext context, Scope outer, object? items, int depth)
    {
        var saved = context.Scope;
        context.Scope = outer;
        context.Enter();
        try
        {
            return context.Capture(() => Run(context, items, depth));
        }
        finally
        {
            context.Leave();
            context.Scope = saved;
        }
    }

    /// <summary>The items the body will see: the iterable, minus those the inline <c>if</c> rejects.</summary>
    private IReadOnlyList<object?> Select(RenderContext context, Scope scope, object? source)
    {
        if (source is Undefined { Behavior: UndefinedBehavior.Strict } u) throw u.Fail();
        var all = PyIteration.AsReadOnlyList(source);
        if (filter is null) return all;
        var kept = new List<object?>();
        foreach (var item in all)
        {
            target.Assign(context, scope, item);
            if (PyTruth.IsTrue(filter.Evaluate(context))) kept.Add(item);
        }
        return kept;
    }
}
