using Kommunedigital.Core.Survey;

namespace Kommunedigital.Releases;

/// <summary>
/// What an upload, a publish or a rollback did: the release it touched, the check report, and when refused why (in
/// bokmål). <see cref="ExitCode"/> follows <c>check</c>: 0 done, 1 refused (a rejected file, or a release that cannot
/// be published or rolled back to), 2 a file whose warnings block publishing.
/// </summary>
public sealed record ReleaseOutcome(ReleaseSummary? Release, string Report, ImportVerdict? Verdict, string? Refusal)
{
    public bool Succeeded => Refusal is null;

    public int ExitCode => Refusal is null ? 0 : Verdict == ImportVerdict.AcceptedWithBlockingWarnings ? 2 : 1;

    internal static ReleaseOutcome Done(ReleaseSummary release, string report, ImportVerdict? verdict) => new(release, report, verdict, null);

    internal static ReleaseOutcome Refused(string refusal, string report = "", ImportVerdict? verdict = null, ReleaseSummary? release = null) =>
        new(release, report, verdict, refusal);
}
