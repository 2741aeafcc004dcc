namespace Carafe.Ajax;

/// <summary>The response of an upload callback: a streaming <see cref="AjaxResponse"/> that knows which form was posted.</summary>
public sealed class AjaxUploadResponse : AjaxResponse
{
    internal AjaxUploadResponse(string formId, Func<IReadOnlyList<AjaxCommand>, Task> flush)
        : base(flush)
    {
        FormId = formId;
    }

    /// <summary>The id of the form that was submitted, so one callback can serve several forms.</summary>
    public string FormId { get; }

    /// <summary>Resets the form to its state when the page loaded (Sijax's <c>sjxUpload.resetForm</c> call).</summary>
    public AjaxResponse ResetForm() => Call("sjxUpload.resetForm", FormId);
}
