using Carafe.Templating.Runtime;

namespace Carafe.Templating.Tests;

/// <summary>A test as the engine calls it (<c>value is name(arguments)</c>).</summary>
internal delegate bool TestFunction(RenderContext context, object? value, Arguments arguments);
