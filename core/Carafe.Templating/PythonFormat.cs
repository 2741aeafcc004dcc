namespace Carafe.Templating;

/// <summary>
/// Python's text for values, as templates print them: one implementation for the template
/// engine, the framework's JSON and its URL building, so that <c>1.0</c>, <c>1e+20</c> and
/// <c>True</c> look the same everywhere.
/// </summary>
public static class PythonFormat
{
    /// <summary>Python's <c>repr()</c> of a float: the shortest text that reads back (<c>0.1</c>, <c>1.0</c>, <c>1e-05</c>, <c>inf</c>).</summary>
    public static string FloatRepr(double value) => Values.PyFormat.Float(value);

    /// <summary>A <see cref="float"/> by its own shortest digits, so <c>1.1f</c> is <c>1.1</c> rather than its widened double.</summary>
    public static string FloatRepr(float value) =>
        float.IsFinite(value) ? FloatRepr(double.Parse(value.ToString("R", System.Globalization.CultureInfo.InvariantCulture), System.Globalization.CultureInfo.InvariantCulture)) : FloatRepr((double)value);
}
