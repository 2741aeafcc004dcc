using System.Runtime.CompilerServices;

namespace Carafe.Templating.Runtime;

/// <summary>
/// Turns a render that would overflow the stack (a chain of thousands of filters or operators, deep recursion)
/// into a clean <see cref="TemplateRuntimeException"/>; a stack overflow would end the process instead.
/// </summary>
internal static class StackGuard
{
    public static void Check()
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
            throw new TemplateRuntimeException("The template is nested too deeply to render.");
    }
}
