namespace Kommunedigital.Core.Klass;

/// <summary>How much of an earlier municipality went into a later one.</summary>
internal enum FlowKind
{
    /// <summary>All of it.</summary>
    Whole,

    /// <summary>SSB's grouping says all of it, but part of it became a new municipality.</summary>
    GroupedPart,

    /// <summary>Part of it: it was split.</summary>
    Part,

    /// <summary>Part of it became this new municipality.</summary>
    Origin,
}
