using Kommunedigital.Core.Boundaries;

namespace Kommunedigital.Core.Survey;

/// <summary>One score of one municipality, in the structure of <paramref name="Year"/>.</summary>
public sealed record SurveyRecord(MunicipalityCode Municipality, int Year, Indicator Indicator, Score Score);
