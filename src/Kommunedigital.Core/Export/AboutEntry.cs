using System.Globalization;
using Kommunedigital.Core.Boundaries;
using Kommunedigital.Core.Data;
using Kommunedigital.Core.Resources;
using Kommunedigital.Core.Survey;
using Kommunedigital.Core.Views;

namespace Kommunedigital.Core.Export;

/// <summary>One line of the "Om dataene" ("About the data") sheet: a label and its value in the download's language.</summary>
public sealed record AboutEntry(string Label, string Value)
{
    /// <summary>"Kilde: SSB/Digdir" as the source line reads (bokmål).</summary>
    public static string Source { get; } = ReaderText.Get(ReaderLanguage.Bokmal, "About.SourceValue");

    /// <summary>The attribution the boundary licence requires (bokmål).</summary>
    public static string Attribution { get; } = ReaderText.Get(ReaderLanguage.Bokmal, "About.Attribution");

    /// <summary>
    /// The usual entries: the sample notice first when the dataset is sample data, then source, attribution,
    /// dataset, the filters used, the structure each year is drawn in, and the export time (Norwegian time).
    /// </summary>
    /// <param name="dataset">The dataset exported; its years and sample flag decide the entries.</param>
    /// <param name="boundaries">The catalog naming each year's structure.</param>
    /// <param name="filters">Bokmål description of the selection, e.g. "Alle år, hele landet" or "2022, Vestland".</param>
    /// <param name="exportedAt">When the file was made; written with its offset.</param>
    /// <param name="release">The published release exported ("Versjon 3, publisert 1. desember 2026"), when it is one.</param>
    /// <param name="language">The language of the labels and texts ("Merk" / "Note", "Kilde" / "Source", …).</param>
    public static IReadOnlyList<AboutEntry> Standard(
        SurveyDataset dataset,
        BoundaryCatalog boundaries,
        string filters,
        DateTimeOffset exportedAt,
        ReleaseStamp? release = null,
        ReaderLanguage language = ReaderLanguage.Bokmal)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(boundaries);
        string Text(string key) => ReaderText.Get(language, key);
        var entries = new List<AboutEntry>();
        if (dataset.IsSample)
        {
            entries.Add(new AboutEntry(Text("About.Note"), SurveyDataset.SampleNoticeText(language)));
        }

        entries.Add(new AboutEntry(Text("About.Source"), Text("About.SourceValue")));
        entries.Add(new AboutEntry(Text("About.Map"), Text("About.Attribution")));
        entries.Add(new AboutEntry(Text("About.Dataset"), dataset.Name));
        if (release is not null)
        {
            entries.Add(new AboutEntry(Text("About.Version"), release.TextIn(language)));
        }

        entries.Add(new AboutEntry(Text("About.Selection"), filters));
        foreach (var year in dataset.Years)
        {
            var set = boundaries.ForYear(year);
            entries.Add(new AboutEntry(
                ReaderText.Format(language, "About.Structure", year),
                set is null ? Text("About.StructureUnknown") : ReaderText.Format(language, "About.StructureValue", set.Id, set.Municipalities.Count)));
        }

        entries.Add(new AboutEntry(Text("About.Indicators"), Text("About.IndicatorsValue")));
        entries.Add(new AboutEntry(Text("About.Exported"), exportedAt.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture)));
        return entries;
    }

    /// <summary>"Alle år, hele landet" ("All years, all of Norway"): the selection of a whole-dataset download.</summary>
    public static string AllYears(ReaderLanguage language) => ReaderText.Get(language, "About.AllYears");
}
