namespace Kommunedigital.Web.Tests;

/// <summary>Where the tests find the repository and the boundary mirror (as Core.Tests' TestPaths does).</summary>
internal static class TestPaths
{
    public static string RepoRoot { get; } = FindUp(AppContext.BaseDirectory, dir => File.Exists(Path.Combine(dir, "Kommunedigital.sln")))
        ?? throw new InvalidOperationException("Kommunedigital.sln not found above " + AppContext.BaseDirectory);

    /// <summary>Data__BoundaryMirror when set (CI), else the first shared/data/boundaries folder above the repository.</summary>
    public static string BoundaryMirror { get; } = Environment.GetEnvironmentVariable("Data__BoundaryMirror") is { Length: > 0 } fromEnv
        ? Path.GetFullPath(fromEnv)
        : FindUp(RepoRoot, dir => Directory.Exists(Path.Combine(dir, "shared", "data", "boundaries"))) is { } parent
            ? Path.Combine(parent, "shared", "data", "boundaries")
            : throw new InvalidOperationException("No boundary mirror: set Data__BoundaryMirror to ../shared/data/boundaries.");

    private static string? FindUp(string start, Func<string, bool> found)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (found(dir.FullName))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
