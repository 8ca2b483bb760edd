using System.Text.RegularExpressions;

namespace Kommunedigital.Bench.Browser;

/// <summary>
/// The environment the Dockerfile's runtime stage gives the app (its last stage's <c>ENV</c> lines), so the app the
/// bench starts runs as deployed: settings such as MALLOC_ARENA_MAX act only when the process starts with them and
/// are part of what the memory rows measure. <see cref="AppServer"/> then sets the bench's own port, mirror, cache
/// and release database over these.
/// </summary>
public static partial class DockerfileEnvironment
{
    /// <summary>Name and value of every <c>ENV NAME=value</c> of the last <c>FROM</c> stage; empty without a Dockerfile.</summary>
    public static IReadOnlyDictionary<string, string> Read(string repoRoot)
    {
        var path = Path.Combine(repoRoot, "Dockerfile");
        var variables = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!File.Exists(path))
        {
            return variables;
        }

        // Instructions with their continuation lines joined; comment lines dropped (Docker drops them too).
        var lines = File.ReadAllLines(path).Where(line => !line.TrimStart().StartsWith('#'));
        var text = string.Join('\n', lines).Replace("\\\n", " ", StringComparison.Ordinal);
        var instructions = text.Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0).ToList();
        var lastStage = instructions.FindLastIndex(line => line.StartsWith("FROM ", StringComparison.OrdinalIgnoreCase));
        foreach (var instruction in instructions.Skip(lastStage + 1).Where(line => line.StartsWith("ENV ", StringComparison.OrdinalIgnoreCase)))
        {
            foreach (Match match in Assignment().Matches(instruction[4..]))
            {
                variables[match.Groups["name"].Value] = match.Groups["value"].Value.Trim('"');
            }
        }

        return variables;
    }

    [GeneratedRegex(@"(?<name>[A-Za-z_][A-Za-z0-9_]*)=(?<value>""[^""]*""|\S*)")]
    private static partial Regex Assignment();
}
