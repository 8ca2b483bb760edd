namespace Kommunedigital.Core.Klass;

/// <summary>A change list in the KLASS manifest: which file, and from which 1 January its new numbers apply.</summary>
/// <param name="File">The file (columns: old "NNNN - Name", new "NNNN - Name", optionally <c>splittes</c>).</param>
/// <param name="EffectiveYear">The year whose 1 January the new numbers and names take effect (2019 for 2018→2019).</param>
public sealed record KlassChangeListEntry(KlassFileEntry File, int EffectiveYear);
