namespace Kommunedigital.Core.Classification;

/// <summary>How class breaks are chosen for the choropleth.</summary>
public enum ClassificationMethod
{
    /// <summary>Each class holds (as near as ties allow) the same number of municipalities. The default.</summary>
    Quantile,

    /// <summary>Classes of equal width between the lowest and highest value.</summary>
    EqualInterval,

    /// <summary>Jenks natural breaks: minimises the variance within classes.</summary>
    NaturalBreaks,
}
