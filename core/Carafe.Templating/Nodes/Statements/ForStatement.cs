using Carafe.Templating.Runtime;
using Carafe.Templating.Values;

namespace Carafe.Templating.Nodes;

/// <summary>
/// <c>{% for target in iterable if test recursive %}body{% else %}empty{% endfor %}</c>. Each iteration runs in a
/// fresh scope, so assignments inside neither leak out nor carry over to the next iteration. As in Jinja's compiled
/// code, the <c>else</c> part runs unless an iteration ran to its end (so a <c>break</c> in the first one runs it).
/// When the body assigns nothing (<paramref name="bodyAssigns"/> false) one scope serves every iteration, as only
/// the loop variables change in it.
/// </summary>
internal sealed class ForStatement(
    int line, AssignmentTarget target, Expression iterable, Expression? filter, bool recursive, Statement body, Statement? otherwise,
    bool bodyAssigns)
    : Statement(line)
{
    public override void Render(RenderContext context) => Run(context, iterable.Evaluate(context), depth: 0);

    private void Run(RenderContext context, object? source, int depth)
    {
        var outer = context.Scope;
        bool runElse = true;
        try
        {
            var items = Select(context, outer, source);
            var loop = new LoopContext(items, depth, context.Environment.Undefined,
                recursive ? (nested, d) => Recurse(context, outer, nested, d) : null);
            Scope? shared = null;
            for (int i = 0; i < items.Count; i++)
            {
                context.CountIteration();
                var scope = bodyAssigns ? new Scope(outer) : shared ??= new Scope(outer);
                context.Scope = scope;
                loop.Index0 = i;
                target.Assign(context, scope, items[i]);
                scope.Set("loop", loop);
                body.Render(context);
                var control = context.Control;
                context.Control = LoopControl.None;
                if (control == LoopControl.Break) break;
                if (control == LoopControl.None) runElse = false;
            }
        }
        finally
        {
            context.Scope = outer;
        }
        if (runElse) otherwise?.Render(context);
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
    private IReadOnlyList<object?> Select(RenderContext context, Scope outer, object? source)
    {
        if (source is Undefined { Behavior: UndefinedBehavior.Strict } u) throw u.Fail();
        var all = PyIteration.AsReadOnlyList(source);
        if (filter is null) return all;
        var kept = new List<object?>();
        foreach (var item in all)
        {
            var scope = new Scope(outer);
            context.Scope = scope;
            target.Assign(context, scope, item);
            if (PyTruth.IsTrue(filter.Evaluate(context))) kept.Add(item);
        }
        context.Scope = outer;
        return kept;
    }
}
