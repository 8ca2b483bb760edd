using Kommunedigital.Core.Boundaries;
using Kommunedigital.Core.Data;
using Kommunedigital.Core.Survey;

namespace Kommunedigital.SampleData;

/// <summary>
/// Makes the illustrative sample dataset the app shows by default. The numbers are invented: they have
/// a plausible shape (improvement from 2018 to 2022 and on to 2024, a spread between counties, the three
/// indicators correlated, a few SSB symbols for non-response) and nothing more. No population or other
/// official-looking figure is made up.
/// </summary>
/// <remarks>
/// <para>Deterministic: the same catalog and seed give the same dataset, value by value. Draws come from
/// <see cref="Random"/> seeded with <see cref="DefaultSeed"/> (the seeded algorithm is kept stable by .NET
/// for compatibility) and happen in a fixed order: years ascending, municipalities by code. Even so, the
/// committed files under data/sample/ are the reference; a test regenerates and compares with them.</para>
/// <para>A municipality's underlying level is keyed by its name, so Oslo, Bergen or Bærum keep their level
/// across structure changes while their numbers change; counties likewise by county name.</para>
/// </remarks>
public static class SampleDataGenerator
{
    public const int DefaultSeed = 20240101;

    /// <summary>The committed files are data/sample/ plus this name and ".xlsx" or ".csv".</summary>
    public const string FileBaseName = "digitalisering-eksempel";

    /// <summary>The sample years and the structure each is drawn in: 2018 (2018), 2022 (2020), 2024 (2024).</summary>
    public static IReadOnlyList<int> Years { get; } = [2018, 2022, 2024];

    /// <summary>Municipality-years that did not answer: all three scores "..". Per year.</summary>
    public const int NonRespondentsPerYear = 2;

    /// <summary>Single scores withheld as confidential (":"). Per year.</summary>
    public const int ConfidentialPerYear = 1;

    /// <param name="boundaries">Must hold a structure for each of <see cref="Years"/>.</param>
    /// <param name="seed">Seed for <see cref="Random"/>; the committed sample uses <see cref="DefaultSeed"/>.</param>
    /// <returns>A dataset named "sample" with <see cref="SurveyDataset.IsSample"/> set.</returns>
    /// <exception cref="InvalidOperationException">A year has no boundary structure.</exception>
    public static SurveyDataset Generate(BoundaryCatalog boundaries, int seed = DefaultSeed)
    {
        ArgumentNullException.ThrowIfNull(boundaries);
        var random = new Random(seed);
        var municipalityLevel = new Dictionary<string, double>(StringComparer.Ordinal);
        var countyLevel = new Dictionary<string, double>(StringComparer.Ordinal);
        var records = new List<SurveyRecord>();

        foreach (var year in Years)
        {
            var set = boundaries.ForYear(year)
                ?? throw new InvalidOperationException($"No boundary structure for {year}; the sample needs 2018, 2020 and 2024.");
            var yearEffect = year switch { 2018 => 0.0, 2022 => 8.0, _ => 10.5 };
            var scores = new List<(MunicipalityCode Code, double[] Values)>();
            foreach (var municipality in set.Municipalities)
            {
                var countyName = set.TryGetCounty(municipality.County, out var county) ? county.Name : municipality.County.Value;
                var own = LevelOf(municipalityLevel, municipality.Name, 8.0, random);
                var regional = LevelOf(countyLevel, countyName, 4.0, random);
                var common = own + regional + yearEffect + Gaussian(random, 2.5);
                double[] values =
                [
                    ToScore(44 + common + Gaussian(random, 5)),
                    ToScore(40 + (0.85 * common) + Gaussian(random, 5)),
                    ToScore(48 + (0.9 * common) + Gaussian(random, 6)),
                ];
                scores.Add((municipality.Code, values));
            }

            var nonRespondents = new HashSet<int>();
            while (nonRespondents.Count < Math.Min(NonRespondentsPerYear, scores.Count))
            {
                nonRespondents.Add(random.Next(scores.Count));
            }

            var confidential = new HashSet<(int, int)>();
            while (confidential.Count < Math.Min(ConfidentialPerYear, scores.Count - nonRespondents.Count))
            {
                var index = random.Next(scores.Count);
                if (!nonRespondents.Contains(index))
                {
                    confidential.Add((index, random.Next(IndicatorText.All.Count)));
                }
            }

            for (var m = 0; m < scores.Count; m++)
            {
                for (var i = 0; i < IndicatorText.All.Count; i++)
                {
                    var score = nonRespondents.Contains(m) ? Score.FromSymbol(SsbSymbol.Missing)
                        : confidential.Contains((m, i)) ? Score.FromSymbol(SsbSymbol.Confidential)
                        : Score.Of(scores[m].Values[i]);
                    records.Add(new SurveyRecord(scores[m].Code, year, IndicatorText.All[i], score));
                }
            }
        }

        return new SurveyDataset(DataOptions.SampleDataset, isSample: true, records);
    }

    private static double LevelOf(Dictionary<string, double> levels, string key, double spread, Random random)
    {
        if (!levels.TryGetValue(key, out var level))
        {
            level = Gaussian(random, spread);
            levels[key] = level;
        }

        return level;
    }

    /// <summary>Box–Muller: a normal draw with mean 0 and the given standard deviation.</summary>
    private static double Gaussian(Random random, double deviation)
    {
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return deviation * Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    private static double ToScore(double raw) => Math.Round(Math.Clamp(raw, 0, 100), 1, MidpointRounding.AwayFromZero);
}
