using System.ComponentModel.DataAnnotations;
using Kommunedigital.Core.Views;

namespace Kommunedigital.Core.Tests.Views;

public class MapOptionsTests
{
    private const string Kartverket = "https://cache.kartverket.no/v1/wmts/1.0.0/topograatone/default/webmercator/{z}/{y}/{x}.png";

    private static string[] Errors(MapOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return results.Select(r => r.ErrorMessage!).ToArray();
    }

    [Fact]
    public void NoTilesIsValid()
    {
        var options = new MapOptions();

        Assert.False(options.HasTiles);
        Assert.Empty(Errors(options));
    }

    [Fact]
    public void ATileTemplateWithItsCreditIsValid()
    {
        var options = new MapOptions { TileUrl = Kartverket, TileAttribution = "© Kartverket" };

        Assert.True(options.HasTiles);
        Assert.Empty(Errors(options));
    }

    [Fact]
    public void TilesNeedTheirCredit()
    {
        Assert.Equal(
            ["Map:TileAttribution is required with Map:TileUrl: tile providers require their credit on the map."],
            Errors(new MapOptions { TileUrl = Kartverket }));
    }

    [Fact]
    public void ATileTemplateNeedsAllThreePlaceholders()
    {
        Assert.Equal(
            ["Map:TileUrl lacks the placeholder(s) {x}, {y}."],
            Errors(new MapOptions { TileUrl = "https://tiles.example/{z}.png", TileAttribution = "x" }));
    }

    [Theory]
    [InlineData("tiles/{z}/{x}/{y}.png")]
    [InlineData("ftp://tiles.example/{z}/{x}/{y}.png")]
    [InlineData("javascript:alert(1)//{z}/{x}/{y}")]
    public void ATileTemplateMustBeAnAbsoluteWebAddress(string url)
    {
        Assert.Contains("Map:TileUrl must be an absolute http or https URL.", Errors(new MapOptions { TileUrl = url, TileAttribution = "x" }));
    }
}
