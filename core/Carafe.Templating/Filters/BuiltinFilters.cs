namespace Carafe.Templating.Filters;

/// <summary>Every builtin filter of Jinja 3.1, gathered from the themed tables.</summary>
internal static class BuiltinFilters
{
    public static void Register(IDictionary<string, Delegate> filters)
    {
        StringFilters.Register(filters);
        SequenceFilters.Register(filters);
        NumberFilters.Register(filters);
        HtmlFilters.Register(filters);
    }
}
