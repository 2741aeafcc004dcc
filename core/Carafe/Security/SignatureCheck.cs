namespace Carafe.Security;

/// <summary>What <see cref="TimedSigner.Unsign"/> found.</summary>
internal enum SignatureCheck
{
    /// <summary>Signed by one of the keys and within its age.</summary>
    Valid,

    /// <summary>Signed by one of the keys but too old (or dated in the future).</summary>
    Expired,

    /// <summary>Not something one of the keys signed.</summary>
    Invalid,
}
