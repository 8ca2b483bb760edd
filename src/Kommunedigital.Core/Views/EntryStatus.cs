namespace Kommunedigital.Core.Views;

/// <summary>
/// What a <see cref="ChoroplethEntry"/> shows: a value, or which of three kinds of missing it is, or that it lies
/// outside the county filter. The three kinds of missing are kept apart end to end (map pattern, legend, tooltip,
/// table, every download): only SSB's own symbols claim that a figure exists and is missing.
/// </summary>
public enum EntryStatus
{
    /// <summary>A number (SSB's nil "-" is a real 0 and counts as a value).</summary>
    Value,

    /// <summary>The file gives an SSB symbol instead of a number: "..", "." or ":".</summary>
    SsbSymbol,

    /// <summary>The file has a row for the municipality but the cell is empty ("Ikke oppgitt").</summary>
    NotStated,

    /// <summary>The dataset has no record at all for the municipality, year and indicator ("Ikke med i datasettet").</summary>
    NotInDataset,

    /// <summary>A county filter is set and the municipality lies in another county: drawn as grey context.</summary>
    OutsideSelection,

    /// <summary>
    /// A change view only: no change can be shown ("Ikke sammenlignbar": merged, split, changed territory, new, or no
    /// value in either year; <see cref="ChangeStatus"/> says which). Drawn with its own hatch, apart from missing data.
    /// </summary>
    NotComparable,
}
