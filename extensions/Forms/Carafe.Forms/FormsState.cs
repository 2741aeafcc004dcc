namespace Carafe.Forms;

/// <summary>The app the extension was initialised against: its configuration, read when requests come.</summary>
internal sealed class FormsState
{
    private Config? _config;

    public Config Config
    {
        get => _config ?? throw new InvalidOperationException("The Forms extension was not initialised: its services were used before the app started.");
        set => _config = value;
    }
}
