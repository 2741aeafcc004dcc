namespace Carafe.Extensions;

/// <summary>What became of an extension the app found.</summary>
public enum ExtensionState
{
    /// <summary>Initialised: its services, routes and hooks are part of the app.</summary>
    Loaded,

    /// <summary>Found, but not in the configuration's <c>Extensions:Enabled</c> list.</summary>
    Disabled,

    /// <summary>Refused or failed; <see cref="ExtensionEntry.Reason"/> says why, and nothing of it is in the app.</summary>
    Failed,
}
