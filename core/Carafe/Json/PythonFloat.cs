using Carafe.Templating;

namespace Carafe.Json;

/// <summary>
/// Floats as <c>json.dumps</c> writes them: Python's <c>repr</c>, and <c>NaN</c>,
/// <c>Infinity</c>, <c>-Infinity</c> for the values JSON has no number for.
/// </summary>
internal static class PythonFloat
{
    /// <summary>Python's <c>repr(value)</c>, with json.dumps's spelling of the non-finite values.</summary>
    public static string Repr(double value) => double.IsFinite(value)
        ? PythonFormat.FloatRepr(value)
        : double.IsNaN(value) ? "NaN" : value > 0 ? "Infinity" : "-Infinity";

    /// <summary>A <see cref="float"/> by its own shortest digits (1.1f is <c>1.1</c>, not its widened double).</summary>
    public static string Repr(float value) => float.IsFinite(value) ? PythonFormat.FloatRepr(value) : Repr((double)value);
}
