namespace Kommunedigital.Core.Survey;

/// <summary>
/// The outcome of one import: a dataset holding every accepted row, or null when the file was rejected
/// whole (<see cref="ImportReport.IsRejected"/>). A rejected file never yields a partial dataset.
/// </summary>
public sealed record ImportResult(SurveyDataset? Dataset, ImportReport Report);
