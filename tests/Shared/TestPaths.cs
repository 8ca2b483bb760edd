namespace Kommunedigital.Tests;

/// <summary>Where the tests find the repository and the boundary mirror; linked into every test project.</summary>
internal static class TestPaths
{
    /// <summary>The repository root: the folder holding Kommunedigital.sln.</summary>
    public static string RepoRoot { get; } = FindUp(AppContext.BaseDirectory, dir => File.Exists(Path.Combine(dir, "Kommunedigital.sln")))
        ?? throw new InvalidOperationException("Kommunedigital.sln not found above " + AppContext.BaseDirectory);

    /// <summary>
    /// The boundary mirror: the Data__BoundaryMirror environment variable when set (CI sets it), else the
    /// first shared/data/boundaries folder above the repository (../shared beside the clone).
    /// </summary>
    public static string BoundaryMirror { get; } = Environment.GetEnvironmentVariable("Data__BoundaryMirror") is { Length: > 0 } fromEnv
        ? Path.GetFullPath(fromEnv)
        : FindUp(RepoRoot, dir => Directory.Exists(Path.Combine(dir, "shared", "data", "boundaries"))) is { } parent
            ? Path.Combine(parent, "shared", "data", "boundaries")
            : throw new InvalidOperationException("No boundary mirror: set Data__BoundaryMirror to ../shared/data/boundaries.");

    /// <summary>
    /// The KLASS mirror: the Data__KlassMirror environment variable when set, else the first shared/data/klass
    /// folder above the repository (../shared beside the clone).
    /// </summary>
    public static string KlassMirror { get; } = Environment.GetEnvironmentVariable("Data__KlassMirror") is { Length: > 0 } fromEnv
        ? Path.GetFullPath(fromEnv)
        : FindUp(RepoRoot, dir => Directory.Exists(Path.Combine(dir, "shared", "data", "klass"))) is { } parent
            ? Path.Combine(parent, "shared", "data", "klass")
            : throw new InvalidOperationException("No KLASS mirror: set Data__KlassMirror to ../shared/data/klass.");

    /// <summary>A file under tests/Kommunedigital.Core.Tests/TestData, as copied to the output folder.</summary>
    public static string TestData(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", name);

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
