namespace Kommunedigital.Web.Tests.Publishing;

/// <summary>A redirect's target as a path and query, whether the server wrote it absolute or relative.</summary>
internal static class UriPaths
{
    public static string PathOf(this Uri uri) => uri.IsAbsoluteUri ? uri.PathAndQuery : uri.OriginalString;
}
