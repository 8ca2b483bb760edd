using Kommunedigital.Core.Resources;
using Kommunedigital.Core.Survey;

namespace Kommunedigital.Core.Views;

/// <summary>How many municipalities in the selection lack a value for one reason, with the legend's texts.</summary>
/// <param name="Status">
/// <see cref="EntryStatus.SsbSymbol"/>, <see cref="EntryStatus.NotStated"/> or <see cref="EntryStatus.NotInDataset"/>; in a
/// change view <see cref="EntryStatus.NotComparable"/>, the one group of every municipality without a change.
/// </param>
/// <param name="Symbol">The SSB symbol for <see cref="EntryStatus.SsbSymbol"/>; null otherwise.</param>
/// <param name="Count">Municipalities in the selection with this reason (never 0 in a model).</param>
/// <param name="Reason">"Tall mangler", "Ikke oppgitt", "Ikke med i datasettet" (<see cref="ScoreStatus.Reason(Score?, ReaderLanguage)"/>); "Ikke sammenlignbar".</param>
/// <param name="Label">The page legend's row: "Mangler data: Tall mangler (..)", "Mangler data: Ikke oppgitt", "Ikke sammenlignbar".</param>
/// <param name="CountText">"3 kommuner".</param>
public sealed record MissingGroup(EntryStatus Status, SsbSymbol? Symbol, int Count, string Reason, string Label, string CountText)
{
    /// <summary>The group of <paramref name="count"/> municipalities whose scores look like <paramref name="example"/>.</summary>
    public static MissingGroup Of(Score? example, int count, ReaderLanguage language = ReaderLanguage.Bokmal)
    {
        var reason = ScoreStatus.Reason(example, language)
            ?? throw new ArgumentException("A score with a value is not missing.", nameof(example));
        var symbol = example?.Symbol;
        var label = symbol is { } s
            ? ReaderText.Format(language, "Missing.LabelWithSymbol", reason, SsbSymbolText.Symbol(s))
            : ReaderText.Format(language, "Missing.Label", reason);
        return new MissingGroup(ScoreStatus.Of(example), symbol, count, reason, label, Views.CountText.Municipalities(count, language));
    }

    /// <summary>The change view's group of <paramref name="count"/> municipalities without a change.</summary>
    public static MissingGroup NotComparable(int count, ReaderLanguage language = ReaderLanguage.Bokmal)
    {
        var text = ChangeComparison.NotComparableTextIn(language);
        return new(EntryStatus.NotComparable, null, count, text, text, Views.CountText.Municipalities(count, language));
    }
}
