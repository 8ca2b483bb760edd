namespace Kommunedigital.Core.Survey;

/// <summary>
/// Something the publisher should look at in a file that was otherwise accepted. A warning that
/// <paramref name="BlocksPublishing"/> (a year covering too few municipalities, a file that looks cut short) keeps
/// the file from being served unless the publisher overrides it (<see cref="Data.DataOptions.PublishDespiteWarnings"/>).
/// </summary>
/// <param name="Text">The warning in bokmål, on one line.</param>
/// <param name="BlocksPublishing">True when the warning stops publication unless overridden.</param>
/// <param name="Rows">Row numbers concerned, ascending (may be empty).</param>
public sealed record ImportWarning(string Text, bool BlocksPublishing, IReadOnlyList<int> Rows);
