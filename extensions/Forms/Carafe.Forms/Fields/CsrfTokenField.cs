using Carafe.Forms.Binding;
using Carafe.Forms.Csrf;
using Carafe.Forms.Widgets;
using Carafe.Security;

namespace Carafe.Forms.Fields;

/// <summary>
/// Flask-WTF's CSRF token field: a hidden input carrying the current token, checked when the form is
/// validated unless <c>CsrfProtect</c> already accepted the request. A refused token is the field's error,
/// in Flask-WTF's words (<c>The CSRF token is missing.</c>).
/// </summary>
internal sealed class CsrfTokenField(FieldDefinition definition, string prefix, CsrfContext csrf)
    : Field(definition, prefix, "CSRFTokenField", new HiddenInput())
{
    private protected override bool SingleValued => true;

    internal override string Value() => csrf.Token();

    private protected override void PreValidate(Form form)
    {
        if (csrf.AlreadyValid)
        {
            return;
        }
        try
        {
            csrf.Validate(Data as string);
        }
        catch (CsrfException e)
        {
            throw new FieldValidationException(e.Reason);
        }
    }
}
