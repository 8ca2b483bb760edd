namespace Kommunedigital.Web.Tests;

/// <summary>The app with its default geometry recompression, for the tests of the geometry files themselves.</summary>
public sealed class RecompressingKommunedigitalFactory : KommunedigitalFactory
{
    protected override bool RecompressGeometry => true;
}
