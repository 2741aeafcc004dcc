using Carafe.Templating.Runtime;

namespace Carafe.Templating.Filters;

/// <summary>A filter as the engine calls it: the render state, the filtered value, and the arguments written after it.</summary>
internal delegate object? FilterFunction(RenderContext context, object? value, Arguments arguments);
