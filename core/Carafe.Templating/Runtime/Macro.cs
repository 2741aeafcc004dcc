using Carafe.Templating.Nodes;
using Carafe.Templating.Values;

namespace Carafe.Templating.Runtime;

/// <summary>
/// A macro bound to the scope it was defined in; calling it renders its body and returns the text. Escaping follows
/// where the macro was defined, not where it is called, as Jinja compiles it.
/// </summary>
internal sealed class Macro(MacroDefinition definition, Scope closure, bool autoescape) : ICallable, IAttributeSource
{
    public MacroDefinition Definition { get; } = definition;

    public object? Call(RenderContext context, Arguments arguments)
    {
        var d = Definition;
        var scope = new Scope(closure);
        var positional = arguments.Positional;
        var keywords = arguments.Keywords is null ? null : new Dictionary<string, object?>(arguments.Keywords);
        var outer = context.Scope;
        context.Scope = scope;
        try
        {
            for (int i = 0; i < d.Parameters.Count; i++)
            {
                string name = d.Parameters[i];
                object? value;
                if (i < positional.Count) value = positional[i];
                else if (keywords is not null && keywords.Remove(name, out var given)) value = given;
                else if (d.Defaults[i] is { } fallback) value = fallback.Evaluate(context);
                else value = new Undefined(context.Environment.Undefined, null, $"parameter {PyFormat.Repr(name)} was not provided");
                scope.Set(name, value);
            }
            if (d.UsesCaller && !d.Parameters.Contains("caller"))
            {
                object? caller = null;
                bool hasCaller = keywords is not null && keywords.Remove("caller", out caller);
                scope.Set("caller", hasCaller ? caller : new Undefined(context.Environment.Undefined, null, "No caller defined"));
            }
            if (positional.Count > d.Parameters.Count)
            {
                if (!d.CatchVarargs)
                    throw new TemplateRuntimeException($"macro '{d.Name}' takes not more than {d.Parameters.Count} argument(s)");
                scope.Set("varargs", new PyTuple([.. positional.Skip(d.Parameters.Count)]));
            }
            else if (d.CatchVarargs) scope.Set("varargs", PyTuple.Empty);
            if (d.CatchKwargs)
            {
                var rest = new PyDict();
                if (keywords is not null) foreach (var (k, v) in keywords) rest.Set(k, v);
                scope.Set("kwargs", rest);
            }
            else if (keywords is { Count: > 0 })
                throw new TemplateRuntimeException($"macro '{d.Name}' takes no keyword argument '{keywords.Keys.First()}'");

            context.Enter();
            var (savedControl, savedEscape) = (context.Control, context.Autoescape);
            context.Autoescape = autoescape;
            try
            {
                return context.Captured(context.Capture(() => d.Body.Render(context)));
            }
            finally
            {
                (context.Control, context.Autoescape) = (savedControl, savedEscape);
                context.Leave();
            }
        }
        finally
        {
            context.Scope = outer;
        }
    }

    public bool TryGetAttribute(string name, out object? value)
    {
        var d = Definition;
        value = name switch
        {
            "name" => d.Name,
            "arguments" => new PyTuple([.. d.Parameters]),
            "catch_kwargs" => d.CatchKwargs,
            "catch_varargs" => d.CatchVarargs,
            "caller" => d.UsesCaller,
            _ => null,
        };
        return name is "name" or "arguments" or "catch_kwargs" or "catch_varargs" or "caller";
    }

    public override string ToString() => $"<Macro '{Definition.Name}'>";
}
