using System.Globalization;

namespace Kommunedigital.Core.Data;

/// <summary>
/// Which published release a snapshot is: what readers see as "Versjon 3, publisert 1. desember 2026" on the pages
/// and in the downloads. The one place that text is written.
/// </summary>
/// <param name="Number">The release number (1, 2, …), as the release database numbers uploads.</param>
/// <param name="PublishedAt">When the release was first published (UTC offset as stored).</param>
/// <param name="Note">The publisher's note, e.g. "Tall for 2024 lagt til"; may be empty.</param>
public sealed record ReleaseStamp(int Number, DateTimeOffset PublishedAt, string Note)
{
    private static readonly CultureInfo Norwegian = CultureInfo.GetCultureInfo("nb-NO");

    /// <summary>"Versjon 3, publisert 1. desember 2026": the date in Norwegian time.</summary>
    public string Text => string.Create(Norwegian, $"Versjon {Number}, publisert {PublishedDate}");

    /// <summary>"1. desember 2026": the publication date in Norwegian time.</summary>
    public string PublishedDate => NorwegianTime(PublishedAt).ToString("d. MMMM yyyy", Norwegian);

    /// <summary><paramref name="instant"/> on the clock in Norway (Europe/Oslo), or as given where no time zone data exist.</summary>
    public static DateTimeOffset NorwegianTime(DateTimeOffset instant) =>
        TimeZoneInfo.TryFindSystemTimeZoneById("Europe/Oslo", out var oslo) ? TimeZoneInfo.ConvertTime(instant, oslo) : instant;
}
