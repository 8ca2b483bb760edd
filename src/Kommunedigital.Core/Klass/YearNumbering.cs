using System.Diagnostics.CodeAnalysis;
using Kommunedigital.Core.Boundaries;

namespace Kommunedigital.Core.Klass;

/// <summary>
/// The municipality numbers valid on 1 January of one survey year, each with the code of the shape it denotes in
/// <see cref="Boundaries"/> (the set the year is drawn on) and its name that year. Immutable. Every municipality
/// of <see cref="Boundaries"/> is denoted by exactly one valid number, and every valid number denotes one.
/// </summary>
public sealed class YearNumbering
{
    private readonly Dictionary<MunicipalityCode, ValidNumber> _byCode;
    private readonly Dictionary<MunicipalityCode, ValidNumber> _byShape;

    internal YearNumbering(int year, BoundarySet boundaries, IReadOnlyList<ValidNumber> numbers, IReadOnlyDictionary<MunicipalityCode, ValidNumber> replaced)
    {
        Year = year;
        Boundaries = boundaries;
        Numbers = numbers;
        Replaced = replaced;
        _byCode = numbers.ToDictionary(n => n.Code);
        _byShape = numbers.ToDictionary(n => n.ShapeCode);
    }

    /// <summary>The survey year.</summary>
    public int Year { get; }

    /// <summary>The boundary set the year is drawn on (2018–2019 → 2018, 2020–2023 → 2020, 2024 and later → 2024).</summary>
    public BoundarySet Boundaries { get; }

    /// <summary>Every valid number, ordered by number; as many as <see cref="Boundaries"/> has municipalities.</summary>
    public IReadOnlyList<ValidNumber> Numbers { get; }

    /// <summary>
    /// Codes of <see cref="Boundaries"/> that are no longer valid this year, each with the number that replaced it
    /// (2019: 1567 → 5061 Rindal). Empty when nothing was renumbered since the set took effect.
    /// </summary>
    public IReadOnlyDictionary<MunicipalityCode, ValidNumber> Replaced { get; }

    /// <summary>The number <paramref name="code"/> if it is valid this year (5061 in 2019; not 1567).</summary>
    public bool TryGet(MunicipalityCode code, [NotNullWhen(true)] out ValidNumber? number) =>
        _byCode.TryGetValue(code, out number);

    /// <summary>The number valid this year for the municipality drawn as <paramref name="shapeCode"/> in <see cref="Boundaries"/> (1567 → 5061 in 2019).</summary>
    public bool TryGetByShape(MunicipalityCode shapeCode, [NotNullWhen(true)] out ValidNumber? number) =>
        _byShape.TryGetValue(shapeCode, out number);
}
