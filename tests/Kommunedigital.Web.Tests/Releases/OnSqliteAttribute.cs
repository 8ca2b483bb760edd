using System.Reflection;
using Xunit.Sdk;

namespace Kommunedigital.Web.Tests.Releases;

/// <summary>A theory row that runs the test on a fresh SQLite release database.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class OnSqliteAttribute : DataAttribute
{
    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => [[TestDatabase.Sqlite]];
}
