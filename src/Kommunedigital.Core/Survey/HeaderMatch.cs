namespace Kommunedigital.Core.Survey;

/// <summary>The table, header row (index into <see cref="SourceTable.Head"/>) and columns an import reads.</summary>
internal sealed record HeaderMatch(SourceTable Table, int HeaderIndex, SurveyColumns Columns);
