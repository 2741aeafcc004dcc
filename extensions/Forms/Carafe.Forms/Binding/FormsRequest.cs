namespace Carafe.Forms.Binding;

/// <summary>The current request and its <c>g</c>, kept per request for the Forms services by a before-request hook.</summary>
internal sealed class FormsRequest
{
    public Request? Request { get; set; }

    public G? G { get; set; }
}
