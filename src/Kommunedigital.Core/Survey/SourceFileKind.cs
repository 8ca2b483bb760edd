namespace Kommunedigital.Core.Survey;

/// <summary>What the first bytes of an uploaded file say it is, whatever its name claims.</summary>
internal enum SourceFileKind
{
    Empty,
    Xlsx,
    OldExcel,
    Binary,
    Text,
}
