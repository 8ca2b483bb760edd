namespace Kommunedigital.Core.Klass;

/// <summary>The text of one KLASS file with the name that messages use for it.</summary>
/// <param name="FileName">The file name, e.g. <c>endringer-2018-2019.csv</c>.</param>
/// <param name="Content">The whole text, semicolon-separated with a header row.</param>
public sealed record KlassText(string FileName, string Content);
