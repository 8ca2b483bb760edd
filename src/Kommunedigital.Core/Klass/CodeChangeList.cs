namespace Kommunedigital.Core.Klass;

/// <summary>
/// An SSB change list: the numbers and names that changed on 1 January of <see cref="EffectiveYear"/>.
/// A number not listed kept its number and name.
/// </summary>
/// <param name="EffectiveYear">The year from whose 1 January the new numbers apply.</param>
/// <param name="FileName">The file it was read from, for messages.</param>
/// <param name="Changes">The rows in file order.</param>
public sealed record CodeChangeList(int EffectiveYear, string FileName, IReadOnlyList<CodeChange> Changes);
