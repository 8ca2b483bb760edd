using Kommunedigital.Web.Components.Shared;

namespace Kommunedigital.Web.Tests;

public sealed class EmbedCodeTests
{
    [Fact]
    public void SnippetEmbedsTheViewAndResizesOnlyFromTheSiteOrigin()
    {
        var snippet = EmbedCode.Snippet("https://kart.example.no/", "embed?aar=2022&fylke=46", "Kart: Digital kompetanse 2022 – Vestland");

        Assert.Contains("<iframe src=\"https://kart.example.no/embed?aar=2022&amp;fylke=46\"", snippet, StringComparison.Ordinal);
        Assert.Contains("title=\"Kart: Digital kompetanse 2022 – Vestland\"", snippet, StringComparison.Ordinal);
        Assert.Contains($"height=\"{EmbedCode.DefaultHeight}\"", snippet, StringComparison.Ordinal);
        Assert.Contains("e.origin !== \"https://kart.example.no\"", snippet, StringComparison.Ordinal);
        Assert.Contains("\"kommunedigital:height\"", snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void TitleWithMarkupIsEscaped()
    {
        var snippet = EmbedCode.Snippet("https://kart.example.no/", "embed?aar=2024", "<img src=x onerror=alert(1)>");

        Assert.DoesNotContain("<img", snippet, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", snippet, StringComparison.Ordinal);
    }
}
