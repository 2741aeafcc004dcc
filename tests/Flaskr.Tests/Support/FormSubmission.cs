using Carafe.Testing;

namespace Flaskr.Tests.Support;

/// <summary>Submitting a page's form as a browser does: the page is fetched first and its CSRF token sent with the fields.</summary>
internal static class FormSubmission
{
    public static TestResponse Submit(this TestClient client, string page, object fields, string? action = null)
    {
        var form = new Dictionary<string, object?>(StringComparer.Ordinal) { ["csrf_token"] = CsrfToken.From(client.Get(page).Text) };
        foreach (var property in fields.GetType().GetProperties())
        {
            form[property.Name] = property.GetValue(fields);
        }
        return client.Post(action ?? page, form: form);
    }
}
