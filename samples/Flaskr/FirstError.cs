using Carafe.Forms;

namespace Flaskr;

/// <summary>Flaskr shows one problem at a time, as Flask's tutorial does: the first field's first error, flashed.</summary>
internal static class FirstError
{
    /// <summary>Flashes the first error of <paramref name="form"/>, in field order (the CSRF token first).</summary>
    public static void Flash(Form form)
    {
        var error = form.Fields.SelectMany(f => f.Errors).Concat(form.FormErrors).FirstOrDefault();
        if (error is not null)
        {
            Carafe.Helpers.Flash(error);
        }
    }
}
