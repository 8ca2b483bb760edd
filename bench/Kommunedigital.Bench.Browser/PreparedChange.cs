namespace Kommunedigital.Bench.Browser;

/// <summary>A change ready to be made: values before and after, and the user action that makes it.</summary>
public sealed record PreparedChange(string From, string To, Func<Task> Perform);
