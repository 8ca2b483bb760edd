using System.Text.RegularExpressions;
using Kommunedigital.Core.Boundaries;
using Kommunedigital.Core.Data;
using Kommunedigital.Core.Views;
using Microsoft.Extensions.DependencyInjection;

namespace Kommunedigital.Web.Tests;

/// <summary>The first HTML of the map page and the embed already holds the view's map, one coloured path per municipality.</summary>
public sealed partial class FirstPaintTests(KommunedigitalFactory factory) : IClassFixture<KommunedigitalFactory>
{
    [Theory]
    [InlineData("/", 2024, new[] { "0301", "4601", "5501" })]
    [InlineData("/embed?aar=2022", 2022, new[] { "0301", "4601", "5401" })]
    public async Task FirstHtmlDrawsEveryMunicipalityOfTheViewInItsClassColour(string url, int year, string[] codes)
    {
        var client = await factory.CreateLoadedClientAsync();
        var snapshot = factory.Services.GetRequiredService<DataStore>().Current!;
        // The oracle: the boundary set's own count, and the model builder's class of each municipality → the legend's colour.
        var boundaries = snapshot.Boundaries.ForYear(year)!;
        var model = ChoroplethModelBuilder.Build(snapshot, MapViewQuery.Default(snapshot) with { Year = year });

        var html = await client.GetStringAsync(new Uri(url, UriKind.Relative));

        var svg = Assert.Single(SvgElement().Matches(html)).Value;
        var paths = PathElement().Matches(svg).ToDictionary(m => m.Groups["code"].Value, m => m.Groups["fill"].Value, StringComparer.Ordinal);
        Assert.Equal(boundaries.Municipalities.Count, PathElement().Count(svg));
        Assert.Equal(boundaries.Municipalities.Count, paths.Count);
        Assert.Equal(boundaries.Municipalities.Select(m => m.Code.Value).Order(StringComparer.Ordinal), paths.Keys.Order(StringComparer.Ordinal));
        Assert.Contains($"data-map-shapes=\"{boundaries.Municipalities.Count}\"", svg, StringComparison.Ordinal);
        Assert.Contains("role=\"img\"", svg, StringComparison.Ordinal);
        foreach (var code in codes)
        {
            Assert.True(model.TryGetEntry(MunicipalityCode.Parse(code), out var entry));
            var expected = model.Legend[entry.ClassIndex!.Value].Colour;
            Assert.Equal(expected, paths[code]);
        }
    }

    [Fact]
    public async Task CountyViewDrawsTheOtherCountiesAsGreyContext()
    {
        var client = await factory.CreateLoadedClientAsync();

        var html = await client.GetStringAsync(new Uri("/embed?aar=2024&fylke=46", UriKind.Relative));

        var svg = Assert.Single(SvgElement().Matches(html)).Value;
        var paths = PathElement().Matches(svg).ToDictionary(m => m.Groups["code"].Value, m => m.Groups["fill"].Value, StringComparer.Ordinal);
        Assert.Equal(357, paths.Count);
        Assert.Equal(MapPalette.OutsideColour, paths["0301"]);
        Assert.NotEqual(MapPalette.OutsideColour, paths["4601"]);
    }

    [Fact]
    public async Task EmbedHtmlEndsTheDrawingBeforeTheMapElementsViewData()
    {
        var client = await factory.CreateLoadedClientAsync();

        var html = await client.GetStringAsync(new Uri("/embed?aar=2024", UriKind.Relative));

        // The view's data (a colour, a value and a rank per municipality, about as large as the drawing) would
        // otherwise stand between the reader and the shapes in the byte stream.
        var drawingEnd = SvgElement().Match(html) is { Success: true } svg ? svg.Index + svg.Length : -1;
        var viewData = html.IndexOf("data-view=", StringComparison.Ordinal);
        Assert.True(drawingEnd > 0 && viewData > drawingEnd, $"drawing ends at {drawingEnd}, view data starts at {viewData}");
    }

    [GeneratedRegex("<svg[^>]*data-map-shapes=.*?</svg>", RegexOptions.Singleline)]
    private static partial Regex SvgElement();

    [GeneratedRegex("<path data-kode=\"(?<code>\\d{4})\" fill=\"(?<fill>[^\"]+)\"")]
    private static partial Regex PathElement();
}
