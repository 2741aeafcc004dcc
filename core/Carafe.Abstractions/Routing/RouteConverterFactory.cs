namespace Carafe.Routing;

/// <summary>
/// Creates a converter for one rule variable from the arguments written in the rule,
/// e.g. <c>min=1, max=100</c> in <c>&lt;int(min=1, max=100):page&gt;</c>.
/// Throw <see cref="ArgumentException"/> for arguments the converter does not accept.
/// </summary>
public delegate RouteConverter RouteConverterFactory(ConverterArguments arguments);
