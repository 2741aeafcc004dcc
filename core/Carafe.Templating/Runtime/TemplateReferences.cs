using Carafe.Templating.Values;

namespace Carafe.Templating.Runtime;

/// <summary>Turns what <c>extends</c>, <c>include</c> and <c>import</c> were given (a name, a list of names, a template) into a template.</summary>
internal static class TemplateReferences
{
    public static Template Load(RenderContext context, object? reference) => reference switch
    {
        Template t => t,
        string name => context.Environment.GetTemplate(name, context.Template.Name),
        Undefined u => throw u.Fail(),
        PyTuple or List<object?> => context.Environment.SelectTemplate(PyIteration.Iterate(reference).Select(PyFormat.Str), context.Template.Name),
        _ => context.Environment.GetTemplate(PyFormat.Str(reference), context.Template.Name),
    };
}
