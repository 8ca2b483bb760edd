namespace Kommunedigital.Bench.Browser;

/// <summary>Everything the browser benchmark measured in one run.</summary>
public sealed class BrowserResults
{
    public bool Smoke { get; init; }

    public DateTimeOffset StartedAt { get; init; }

    public string Chromium { get; set; } = "";

    public List<double> ColdStartMs { get; } = [];

    public Dictionary<string, List<FirstView>> FirstViews { get; } = [];

    public Dictionary<string, List<FirstView>> Throttled { get; } = [];

    /// <summary>The first, unrecorded view of each page right after the app started (JIT, geometry files built).</summary>
    public Dictionary<string, FirstView> FirstVisitor { get; } = [];

    /// <summary>How long the recorded first views waited, after the first visitors, for the app to be idle.</summary>
    public double? IdleWaitMs { get; set; }

    public List<Recolour> Recolours { get; } = [];

    public List<LoadResult> Load { get; } = [];

    public CircuitMemory? Circuits { get; set; }

    /// <summary>Publish call in another process → first page view with the new numbers (<see cref="PublishToPage"/>), per recorded run.</summary>
    public List<double> PublishToPageMs { get; } = [];

    /// <summary>The publish form's POST on the serving instance → first page view with the new numbers, per recorded run.</summary>
    public List<double> PublishInAppToPageMs { get; } = [];

    public List<string> Notes { get; } = [];
}
