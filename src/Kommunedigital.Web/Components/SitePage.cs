namespace Kommunedigital.Web.Components;

/// <summary>The reader's pages that exist in both languages (<see cref="SitePaths"/>).</summary>
public enum SitePage
{
    /// <summary>The map: "/" and "/en".</summary>
    Map,

    /// <summary>The table: "/tabell" and "/en/table".</summary>
    Table,

    /// <summary>The embed: "/embed" and "/en/embed".</summary>
    Embed,

    /// <summary>The list of releases: "/versjoner" and "/en/versions".</summary>
    Versions,
}
