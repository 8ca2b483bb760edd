using System.Text;
using Kommunedigital.Core.Boundaries;
using Kommunedigital.Core.Data;
using Kommunedigital.Core.Survey;

namespace Kommunedigital.Core.Tests.Survey;

/// <summary>Shorthands for importing a fixture against the test catalog.</summary>
internal static class SurveyTestImport
{
    public static ImportResult Text(string text, string fileName = "test.csv", DataOptions? options = null) =>
        new SurveyImporter(options ?? new DataOptions()).Import(new MemoryStream(Encoding.UTF8.GetBytes(text)), fileName, TestCatalog.Instance);

    public static ImportResult File(string name, DataOptions? options = null) =>
        new SurveyImporter(options ?? new DataOptions()).ImportFile(TestPaths.TestData(Path.Combine("Survey", name)), TestCatalog.Instance);

    public static Score? Get(ImportResult result, string code, int year, Indicator indicator) =>
        (result.Dataset ?? throw new Xunit.Sdk.XunitException("No dataset: " + result.Report)).Get(MunicipalityCode.Parse(code), year, indicator);

    public static string Report(ImportResult result) => result.Report.ToString();
}
