namespace Carafe.Routing;

/// <summary>One piece of a rule's pattern, in order: a slash, static text, or a variable.</summary>
internal abstract record RuleToken;

/// <summary>A <c>/</c> separating path segments.</summary>
internal sealed record SlashToken : RuleToken
{
    public static SlashToken Instance { get; } = new();
}

/// <summary>Literal text between slashes and variables.</summary>
internal sealed record StaticToken(string Text) : RuleToken;

/// <summary>A variable <c>&lt;converter(arguments):name&gt;</c>; the converter defaults to <c>default</c>.</summary>
internal sealed record VariableToken(string Name, string Converter, ConverterArguments Arguments) : RuleToken;
