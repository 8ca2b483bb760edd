namespace Kommunedigital.Core.Export;

/// <summary>What a <see cref="SceneText"/> is, so formats with structure (SVG classes, PDF) can say so.</summary>
public enum SceneTextRole
{
    /// <summary>One line of the view's title.</summary>
    Title,

    /// <summary>The line under the title: scale, number of municipalities and classification.</summary>
    Subtitle,

    /// <summary><c>SurveyDataset.SampleNotice</c>, shown whenever the data are the generated sample.</summary>
    SampleNotice,

    /// <summary>The heading above the legend rows.</summary>
    LegendHeading,

    /// <summary>The label of one legend row.</summary>
    LegendLabel,

    /// <summary>One line of the source and attribution text.</summary>
    Source,
}
