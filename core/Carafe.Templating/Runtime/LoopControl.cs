namespace Carafe.Templating.Runtime;

/// <summary>A pending <c>break</c> or <c>continue</c>, checked by statement lists instead of throwing.</summary>
internal enum LoopControl
{
    None,
    Break,
    Continue,
}
