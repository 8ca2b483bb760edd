using System.Reflection;
using Xunit.Sdk;

namespace Kommunedigital.Web.Tests.Releases;

/// <summary>
/// A theory row that runs the test on a fresh PostgreSQL database of the server named by
/// <c>KOMMUNEDIGITAL_TEST_POSTGRES</c>; without that variable the row is reported skipped, with the reason.
/// .ci/run starts a server and sets it, so in CI these rows always run.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class OnPostgresAttribute : DataAttribute
{
    public OnPostgresAttribute()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(TestDatabase.PostgresVariable)))
        {
            Skip = $"No PostgreSQL server: set {TestDatabase.PostgresVariable} to an Npgsql connection string (.ci/run starts one and sets it).";
        }
    }

    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => [[TestDatabase.Postgres]];
}
