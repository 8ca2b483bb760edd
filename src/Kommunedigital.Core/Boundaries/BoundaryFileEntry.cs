namespace Kommunedigital.Core.Boundaries;

/// <summary>One boundary file listed in the manifest.</summary>
/// <param name="FileName">Plain file name (no folder), the name in the mirror and the cache.</param>
/// <param name="Url">Pinned public URL (a fixed commit, so the bytes never change).</param>
/// <param name="Sha256">Expected SHA-256 of the bytes: 64 lower-case hex digits.</param>
public sealed record BoundaryFileEntry(string FileName, Uri Url, string Sha256);
