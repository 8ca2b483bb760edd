namespace Kommunedigital.Core.Survey;

/// <summary>
/// One indicator score, or the reason it is missing. Missing is never 0: <see cref="Value"/> is
/// null and <see cref="Symbol"/> says why. SSB's nil symbol "-" is a real zero (Value 0, Symbol Nil).
/// An empty cell is not SSB's "..": it is <see cref="NotStated"/> (no value and no symbol).
/// </summary>
public readonly record struct Score
{
    private Score(double? value, SsbSymbol? symbol)
    {
        Value = value;
        Symbol = symbol;
    }

    /// <summary>The score on 0-100, or null when missing.</summary>
    public double? Value { get; }

    /// <summary>The SSB symbol that stood in the cell, if any.</summary>
    public SsbSymbol? Symbol { get; }

    public bool IsMissing => Value is null;

    /// <summary>True for an empty cell: the file gives neither a number nor an SSB symbol ("ikke oppgitt").</summary>
    public bool IsNotStated => Value is null && Symbol is null;

    /// <summary>An empty cell in the source: missing, but not SSB's ".." — the file simply says nothing.</summary>
    public static Score NotStated => new(null, null);

    public static Score Of(double value) =>
        double.IsFinite(value) ? new Score(value, null) : throw new ArgumentOutOfRangeException(nameof(value), value, "A score must be a finite number.");

    /// <summary>The score a cell holding an SSB symbol stands for: missing, or 0 for "-".</summary>
    public static Score FromSymbol(SsbSymbol symbol) =>
        symbol == SsbSymbol.Nil ? new Score(0, SsbSymbol.Nil) : new Score(null, symbol);
}
