using Kommunedigital.Core.Data;

namespace Kommunedigital.Releases;

/// <summary>A release read back from <see cref="ReleaseDiskCache"/>: its stamp, file name and verified bytes.</summary>
public sealed record CachedRelease(ReleaseStamp Stamp, string FileName, byte[] Content);
