using Kommunedigital.Core.Survey;

namespace Kommunedigital.Core.Views;

/// <summary>How many municipalities in the selection lack a value, for one SSB reason.</summary>
public sealed record MissingGroup(SsbSymbol Symbol, int Count);
