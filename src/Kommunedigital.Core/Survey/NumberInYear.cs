using Kommunedigital.Core.Boundaries;

namespace Kommunedigital.Core.Survey;

/// <summary>A municipality number as a file of one year may write it, the shape it is drawn as, and its name that year.</summary>
internal readonly record struct NumberInYear(MunicipalityCode Code, MunicipalityCode ShapeCode, string Name);
