using Kommunedigital.Core.Resources;
using Kommunedigital.Core.Views;

namespace Kommunedigital.Core.Data;

/// <summary>
/// Which published release a snapshot is: what readers see as "Versjon 3, publisert 1. desember 2026" (English "Version 3,
/// published 1 December 2026") on the pages and in the downloads. The one place that text is written.
/// </summary>
/// <param name="Number">The release number (1, 2, …), as the release database numbers uploads.</param>
/// <param name="PublishedAt">When the release was first published (UTC offset as stored).</param>
/// <param name="Note">The publisher's note, e.g. "Tall for 2024 lagt til"; may be empty.</param>
public sealed record ReleaseStamp(int Number, DateTimeOffset PublishedAt, string Note)
{
    /// <summary>"Versjon 3, publisert 1. desember 2026": the date in Norwegian time.</summary>
    public string Text => TextIn(ReaderLanguage.Bokmal);

    /// <summary>"1. desember 2026": the publication date in Norwegian time.</summary>
    public string PublishedDate => PublishedDateIn(ReaderLanguage.Bokmal);

    /// <summary>The stamp in <paramref name="language"/>: "Version 3, published 1 December 2026" in English.</summary>
    public string TextIn(ReaderLanguage language) => ReaderText.Format(language, "Release.Text", Number, PublishedDateIn(language));

    /// <summary>The publication date in Norwegian time, in <paramref name="language"/>: "1. desember 2026", "1 December 2026".</summary>
    public string PublishedDateIn(ReaderLanguage language) =>
        NorwegianTime(PublishedAt).ToString(ReaderText.Get(language, "Release.DateFormat"), ReaderText.Culture(language));

    /// <summary><paramref name="instant"/> on the clock in Norway (Europe/Oslo), or as given where no time zone data exist.</summary>
    public static DateTimeOffset NorwegianTime(DateTimeOffset instant) =>
        TimeZoneInfo.TryFindSystemTimeZoneById("Europe/Oslo", out var oslo) ? TimeZoneInfo.ConvertTime(instant, oslo) : instant;
}
