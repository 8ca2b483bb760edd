namespace Kommunedigital.Core.Survey;

/// <summary>The three SSB/Digdir digitalisation indicators, each a score on 0-100.</summary>
public enum Indicator
{
    /// <summary>Digital prioritering: how extensive the digitalisation strategy and ICT projects are.</summary>
    Prioritering,

    /// <summary>Digital kompetanse: internal and external competence, recruiting ICT specialists.</summary>
    Kompetanse,

    /// <summary>Digital aktivitet: how actively the municipality uses and offers digital services.</summary>
    Aktivitet,
}
