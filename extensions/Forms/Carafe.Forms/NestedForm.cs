using Carafe.Forms.Binding;
using Carafe.Forms.Fields;

namespace Carafe.Forms;

/// <summary>The form inside a <c>FormField</c>: fields named after the outer field, no CSRF token of its own.</summary>
internal sealed class NestedForm(FormSchema schema, string prefix, FormData? formData, object? obj)
    : Form(schema, prefix, formData, obj, null, "");
