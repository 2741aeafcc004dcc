using System.Text.RegularExpressions;

namespace Carafe.Routing;

/// <summary>
/// What a rule expects of one path segment, as Werkzeug's <c>RulePart</c>: static text
/// (<c>projects</c>), or a regular expression with one group per converter
/// (<c>v(\d+)\.(\d+)</c>). A final part holds a converter that may match slashes and
/// matches the whole rest of the path.
/// </summary>
internal sealed class RulePart
{
    private const string AnySegment = "[^/]+";

    private readonly bool _needsRegex;

    private RulePart(string content, bool isStatic, bool isFinal, PartWeight weight, int converterCount, bool needsRegex)
    {
        _needsRegex = needsRegex;
        Content = content;
        IsStatic = isStatic;
        IsFinal = isFinal;
        Weight = weight;
        ConverterCount = converterCount;
    }

    /// <summary>The static text, or the regular expression (anchored at both ends).</summary>
    public string Content { get; }

    public bool IsStatic { get; }

    public bool IsFinal { get; }

    public PartWeight Weight { get; }

    public int ConverterCount { get; }

    /// <summary>The compiled <see cref="Content"/> of a dynamic part, or null when any non-empty segment matches.</summary>
    public Regex? Regex { get; private set; }

    public static RulePart Static(string text) => new(text, isStatic: true, isFinal: false, new PartWeight([], []), 0, needsRegex: false);

    public static RulePart Dynamic(string regex, bool isFinal, PartWeight weight, int converterCount, bool isLoneDefaultConverter) =>
        new(regex, isStatic: false, isFinal, weight, converterCount, needsRegex: isFinal || !isLoneDefaultConverter);

    /// <summary>
    /// Compiles <see cref="Regex"/>; called only for the part that opens a transition, since
    /// rules sharing the transition share its regex.
    /// </summary>
    public void CompileRegex()
    {
        if (_needsRegex)
        {
            // Singleline: a decoded %0A in a path value is text like any other.
            Regex = new Regex(@"\A(?:" + Content + ")", RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant | RegexOptions.Singleline);
        }
    }

    /// <summary>The regex group holding the value of the converter at <paramref name="index"/> in the part.</summary>
    public static string GroupName(int index) => "c" + index;

    /// <summary>The regex a lone converter with this expression gets, recognised to skip the regex engine.</summary>
    public static bool IsAnySegment(string converterRegex) => converterRegex == AnySegment;

    /// <summary>Whether two rules can share the transition for this part, as Werkzeug compares parts.</summary>
    public bool SameTransitionAs(RulePart other) =>
        Content == other.Content && IsStatic == other.IsStatic && IsFinal == other.IsFinal && Weight.Equals(other.Weight);
}
