namespace Kommunedigital.Web.Tests;

/// <summary>
/// The download test classes share one app: loading the boundaries is the slow part of every factory, and the
/// downloads only read the snapshot. Tests that need other data build their own host from this one's snapshot.
/// </summary>
[CollectionDefinition(Name)]
public sealed class DownloadsCollection : ICollectionFixture<KommunedigitalFactory>
{
    public const string Name = "Downloads";
}
