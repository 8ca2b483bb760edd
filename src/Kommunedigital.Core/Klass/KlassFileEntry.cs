namespace Kommunedigital.Core.Klass;

/// <summary>One KLASS file listed in the KLASS manifest (<c>data/klass.json</c>).</summary>
/// <param name="FileName">Plain file name (no folder), the name in the mirror folder.</param>
/// <param name="Sha256">Expected SHA-256 of the bytes: 64 lower-case hex digits.</param>
/// <param name="Source">Where the bytes come from, for messages and the README (free text).</param>
public sealed record KlassFileEntry(string FileName, string Sha256, string Source);
