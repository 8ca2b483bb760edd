using Kommunedigital.Core.Boundaries;

namespace Kommunedigital.Core.Klass;

/// <summary>One row of an SSB change list: an old number and name, a new number and name.</summary>
/// <param name="From">The number before the change.</param>
/// <param name="FromName">The name before the change ("Nordreisa").</param>
/// <param name="To">The number after the change (the same number when only the name changed).</param>
/// <param name="ToName">The name after the change ("Nordreisa - Ráisa - Raisi").</param>
/// <param name="Split">True when the old municipality was split; it then has one row per successor.</param>
public sealed record CodeChange(MunicipalityCode From, string FromName, MunicipalityCode To, string ToName, bool Split);
