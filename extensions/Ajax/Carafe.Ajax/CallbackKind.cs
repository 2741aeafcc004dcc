namespace Carafe.Ajax;

/// <summary>How a callback answers: one JSON list, or batches streamed as it goes.</summary>
internal enum CallbackKind
{
    /// <summary>Sijax's regular function: its commands are sent as one JSON list when it returns.</summary>
    Regular,

    /// <summary>Sijax's comet function: it streams batches with <see cref="AjaxResponse.FlushAsync"/>.</summary>
    Comet,

    /// <summary>Sijax's upload function: a streaming callback that receives the posted files and fields.</summary>
    Upload,
}
