using Kommunedigital.Core.Boundaries;

namespace Kommunedigital.Core.Klass;

/// <summary>One earlier municipality (its shape in the earlier set) flowing, wholly or in part, into a later one.</summary>
internal readonly record struct Flow(MunicipalityCode From, FlowKind Kind);
