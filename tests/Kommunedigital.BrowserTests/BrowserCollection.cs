namespace Kommunedigital.BrowserTests;

/// <summary>All browser tests share one app and one browser and run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserApp>
{
    public const string Name = "Browser";
}
