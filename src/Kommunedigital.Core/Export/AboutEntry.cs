using System.Globalization;
using Kommunedigital.Core.Boundaries;
using Kommunedigital.Core.Data;
using Kommunedigital.Core.Survey;

namespace Kommunedigital.Core.Export;

/// <summary>One line of the "Om dataene" sheet: a bokmål label and its value.</summary>
public sealed record AboutEntry(string Label, string Value)
{
    /// <summary>"Kilde: SSB/Digdir" as the source line reads.</summary>
    public const string Source = "SSB/Digdir, «Digitalisering i kommunene»";

    /// <summary>The attribution the boundary licence requires.</summary>
    public const string Attribution = "Kartgrunnlag: © Kartverket (CC BY 4.0)";

    /// <summary>
    /// The usual entries: the sample notice first when the dataset is sample data, then source, attribution,
    /// dataset, the filters used, the structure each year is drawn in, and the export time (Norwegian time).
    /// </summary>
    /// <param name="dataset">The dataset exported; its years and sample flag decide the entries.</param>
    /// <param name="boundaries">The catalog naming each year's structure.</param>
    /// <param name="filters">Bokmål description of the selection, e.g. "Alle år, hele landet" or "2022, Vestland".</param>
    /// <param name="exportedAt">When the file was made; written with its offset.</param>
    /// <param name="release">The published release exported ("Versjon 3, publisert 1. desember 2026"), when it is one.</param>
    public static IReadOnlyList<AboutEntry> Standard(SurveyDataset dataset, BoundaryCatalog boundaries, string filters, DateTimeOffset exportedAt, ReleaseStamp? release = null)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(boundaries);
        var nb = CultureInfo.GetCultureInfo("nb-NO");
        var entries = new List<AboutEntry>();
        if (dataset.IsSample)
        {
            entries.Add(new AboutEntry("Merk", SurveyDataset.SampleNotice));
        }

        entries.Add(new AboutEntry("Kilde", Source));
        entries.Add(new AboutEntry("Kart", Attribution));
        entries.Add(new AboutEntry("Datasett", dataset.Name));
        if (release is not null)
        {
            entries.Add(new AboutEntry("Versjon", release.Text));
        }

        entries.Add(new AboutEntry("Utvalg", filters));
        foreach (var year in dataset.Years)
        {
            var set = boundaries.ForYear(year);
            entries.Add(new AboutEntry(
                string.Create(nb, $"Kommunestruktur {year}"),
                set is null ? "ukjent" : string.Create(nb, $"{set.Id} ({set.Municipalities.Count} kommuner)")));
        }

        entries.Add(new AboutEntry("Indikatorer", "Skår 0–100 med én desimal; manglende verdier står tomme med SSBs symbol i statuskolonnen (.. = tall mangler, . = kan ikke forekomme, : = konfidensielt, - = null)."));
        entries.Add(new AboutEntry("Eksportert", exportedAt.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture)));
        return entries;
    }
}
