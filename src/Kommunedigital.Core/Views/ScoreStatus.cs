using Kommunedigital.Core.Resources;
using Kommunedigital.Core.Survey;

namespace Kommunedigital.Core.Views;

/// <summary>
/// The one place that decides a score's <see cref="EntryStatus"/> and writes its missing reason: the page, the
/// drawn exports and every download read these, so an empty cell, an SSB symbol and an absent record can never
/// be told apart in one output and merged in another.
/// </summary>
public static class ScoreStatus
{
    /// <summary>The bokmål reason of an empty cell.</summary>
    public static string NotStatedReason { get; } = ReaderText.Get(ReaderLanguage.Bokmal, "Status.NotStated");

    /// <summary>The bokmål reason of a municipality the dataset has no record for.</summary>
    public static string NotInDatasetReason { get; } = ReaderText.Get(ReaderLanguage.Bokmal, "Status.NotInDataset");

    /// <summary>
    /// <see cref="EntryStatus.Value"/> for a number (nil "-" included), <see cref="EntryStatus.SsbSymbol"/> for "..",
    /// "." and ":", <see cref="EntryStatus.NotStated"/> for an empty cell and <see cref="EntryStatus.NotInDataset"/>
    /// when there is no record (null). Never <see cref="EntryStatus.OutsideSelection"/>: that depends on the view.
    /// </summary>
    public static EntryStatus Of(Score? score) => score switch
    {
        null => EntryStatus.NotInDataset,
        { Value: not null } => EntryStatus.Value,
        { Symbol: not null } => EntryStatus.SsbSymbol,
        _ => EntryStatus.NotStated,
    };

    /// <summary>
    /// The bokmål reason a score is missing, with SSB's wording for its symbols ("Tall mangler", "Tall kan ikke
    /// forekomme", "Vises ikke av konfidensialitetshensyn"), "Ikke oppgitt" or "Ikke med i datasettet"; null for a value.
    /// </summary>
    public static string? Reason(Score? score) => Reason(score, ReaderLanguage.Bokmal);

    /// <summary>
    /// The reason in <paramref name="language"/>; in English SSB's "Data not available", "Category not applicable",
    /// "Not for publication", then "Not stated" or "Not in the dataset"; null for a value.
    /// </summary>
    public static string? Reason(Score? score, ReaderLanguage language) => Of(score) switch
    {
        EntryStatus.SsbSymbol => SsbSymbolText.Reason(score!.Value.Symbol!.Value, language),
        EntryStatus.NotStated => ReaderText.Get(language, "Status.NotStated"),
        EntryStatus.NotInDataset => ReaderText.Get(language, "Status.NotInDataset"),
        _ => null,
    };

    /// <summary>The status code of a municipality the dataset has no record for, in machine-readable downloads.</summary>
    public static string NotInDatasetCode { get; } = ReaderText.Get(ReaderLanguage.Bokmal, "Status.NotInDatasetCode");

    /// <summary>
    /// The status cell of machine-readable downloads (CSV, Excel, GeoJSON, JSON-stat): SSB's symbol ("..", ".", ":",
    /// and "-" beside a nil 0), <see cref="NotInDatasetCode"/> without a record, and empty for a plain number and for
    /// an empty cell. An empty cell is written as it was read, empty value and empty status, so the three kinds stay
    /// apart (a value is never empty) and the file reads back as it was.
    /// </summary>
    public static string Code(Score? score) => Code(score, ReaderLanguage.Bokmal);

    /// <summary>The status cell in <paramref name="language"/>: the symbols are the same, no record is "not in the dataset".</summary>
    public static string Code(Score? score, ReaderLanguage language) => score switch
    {
        null => ReaderText.Get(language, "Status.NotInDatasetCode"),
        { Symbol: { } symbol } => SsbSymbolText.Symbol(symbol),
        _ => string.Empty,
    };

    /// <summary>The score as a reader sees it: "58,3" (see <see cref="ScoreText"/>) or its missing reason.</summary>
    public static string ValueText(Score? score) =>
        score?.Value is { } value ? ScoreText.Norwegian(value) : Reason(score)!;

    /// <summary>The score in <paramref name="language"/>: "58,3" / "58.3", or its missing reason.</summary>
    public static string ValueText(Score? score, ReaderLanguage language) =>
        score?.Value is { } value ? ScoreText.Format(value, language) : Reason(score, language)!;
}
