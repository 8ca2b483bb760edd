using System.Runtime.CompilerServices;

namespace Kommunedigital.BrowserTests;

/// <summary>Script errors, console errors and failed requests of each page, quoted when a wait times out.</summary>
internal static class PageProblems
{
    private static readonly ConditionalWeakTable<IPage, List<string>> Problems = [];

    public static void Watch(IPage page)
    {
        var problems = Problems.GetOrCreateValue(page);
        page.PageError += (_, error) => Add(problems, "page error: " + error);
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                Add(problems, $"console {message.Type}: {message.Text}");
            }
        };
        page.RequestFailed += (_, request) => Add(problems, $"request failed: {request.Method} {request.Url} ({request.Failure})");
    }

    public static string Describe(IPage page)
    {
        if (!Problems.TryGetValue(page, out var problems))
        {
            return string.Empty;
        }

        lock (problems)
        {
            return problems.Count == 0 ? string.Empty : Environment.NewLine + string.Join(Environment.NewLine, problems);
        }
    }

    private static void Add(List<string> problems, string problem)
    {
        lock (problems)
        {
            problems.Add(problem);
        }
    }
}
