using Kommunedigital.Core.Data;

namespace Kommunedigital.Core.Tests.Data;

public sealed class ReleaseStampTests
{
    [Fact]
    public void SaysTheNumberAndTheDateInBokmal() =>
        Assert.Equal("Versjon 3, publisert 1. desember 2026", new ReleaseStamp(3, new DateTimeOffset(2026, 12, 1, 9, 30, 0, TimeSpan.Zero), "Tall for 2024 lagt til").Text);

    [Theory]
    [InlineData("2026-12-31T23:30:00Z", "1. januar 2027")] // 00:30 in Oslo (UTC+1 in winter)
    [InlineData("2026-06-30T22:15:00Z", "1. juli 2026")] // 00:15 in Oslo (UTC+2 in summer)
    [InlineData("2026-06-30T21:45:00Z", "30. juni 2026")]
    public void DatesTheReleaseOnTheNorwegianCalendar(string utc, string date) =>
        Assert.Equal(date, new ReleaseStamp(1, DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture), string.Empty).PublishedDate);
}
