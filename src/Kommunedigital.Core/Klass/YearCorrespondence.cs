using System.Diagnostics.CodeAnalysis;
using Kommunedigital.Core.Boundaries;

namespace Kommunedigital.Core.Klass;

/// <summary>
/// The correspondence between two survey years: for each municipality of the later year, its relation to the
/// earlier year and its predecessors there. Immutable. Municipalities are keyed by their shape code (the code in
/// the boundary set each year is drawn on), which is what the dataset and the map use; the numbers and names valid
/// each year are carried in <see cref="ValidNumber"/>.
/// </summary>
public sealed class YearCorrespondence
{
    private readonly Dictionary<MunicipalityCode, Succession> _byLaterShape;
    private readonly Dictionary<MunicipalityCode, Succession[]> _byEarlierShape;

    internal YearCorrespondence(YearNumbering earlier, YearNumbering later, IReadOnlyList<Succession> successions)
    {
        Earlier = earlier;
        Later = later;
        Successions = successions;
        _byLaterShape = successions.ToDictionary(s => s.Later.ShapeCode);
        _byEarlierShape = successions
            .SelectMany(s => s.Predecessors.Select(p => (p.Number.ShapeCode, Succession: s)))
            .GroupBy(p => p.ShapeCode)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Succession).ToArray());
    }

    /// <summary>The earlier year's numbering (may equal <see cref="Later"/>'s year: the identity correspondence).</summary>
    public YearNumbering Earlier { get; }

    /// <summary>The later year's numbering.</summary>
    public YearNumbering Later { get; }

    /// <summary>One succession per municipality of the later year, ordered by the later number.</summary>
    public IReadOnlyList<Succession> Successions { get; }

    /// <summary>The succession of the later municipality drawn as <paramref name="laterShape"/>.</summary>
    public bool TryGetByLaterShape(MunicipalityCode laterShape, [NotNullWhen(true)] out Succession? succession) =>
        _byLaterShape.TryGetValue(laterShape, out succession);

    /// <summary>
    /// The successions in which the earlier municipality drawn as <paramref name="earlierShape"/> is a predecessor,
    /// ordered by later number: one when it continued or merged whole, several when it was split, none when it is not
    /// a municipality of the earlier year.
    /// </summary>
    public IReadOnlyList<Succession> SuccessorsOf(MunicipalityCode earlierShape) =>
        _byEarlierShape.TryGetValue(earlierShape, out var successors) ? successors : [];
}
