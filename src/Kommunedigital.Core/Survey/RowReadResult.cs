namespace Kommunedigital.Core.Survey;

/// <summary>What <see cref="RowReader"/> gathered from the rows below a header.</summary>
internal sealed class RowReadResult
{
    public List<SurveyRecord> Records { get; } = [];

    public List<ImportProblem> Problems { get; } = [];

    /// <summary>Rows whose file name for the municipality differs from the official one: row, file name, code, official name.</summary>
    public List<(int Row, string FileName, string Code, string Official)> NameMismatches { get; } = [];

    /// <summary>Row numbers of note rows skipped (Kilde, Merknad, "1) ...").</summary>
    public List<int> NoteRows { get; } = [];

    /// <summary>The last data row read, for where a suspected truncation is.</summary>
    public int LastDataRow { get; set; }

    public int RowsRead { get; set; }

    public int RowsAccepted { get; set; }
}
