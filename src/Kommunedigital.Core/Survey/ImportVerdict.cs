namespace Kommunedigital.Core.Survey;

/// <summary>What <c>check</c> concludes about a file; the numbers are its exit codes.</summary>
public enum ImportVerdict
{
    /// <summary>The file can be published (skipped rows and non-blocking warnings are listed).</summary>
    Accepted = 0,

    /// <summary>The file cannot be used at all.</summary>
    Rejected = 1,

    /// <summary>The file reads, but warnings block publishing unless the publisher overrides them.</summary>
    AcceptedWithBlockingWarnings = 2,
}
