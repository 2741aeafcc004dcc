using System.Collections;

namespace Carafe.Forms.Widgets;

/// <summary>Python's truth of a field's data, which <c>checked</c> and <c>DataRequired</c> go by.</summary>
internal static class PythonTruth
{
    public static bool IsTrue(object? value) => value switch
    {
        null => false,
        bool flag => flag,
        string text => text.Length > 0,
        int number => number != 0,
        long number => number != 0,
        double number => number != 0,
        float number => number != 0,
        decimal number => number != 0,
        ICollection collection => collection.Count > 0,
        FileStorage file => file.Filename.Length > 0,
        _ => true,
    };
}
