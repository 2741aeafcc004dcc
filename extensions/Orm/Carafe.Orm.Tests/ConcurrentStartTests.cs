using Carafe.Orm.Tests.Support;
using Carafe.Testing;

namespace Carafe.Orm.Tests;

/// <summary>Several instances of an app starting at once on one new database, as behind a load balancer.</summary>
public class ConcurrentStartTests
{
    [Fact]
    public async Task Instances_starting_together_all_come_up_on_the_tables_one_of_them_created()
    {
        using var folder = new TempFolder();

        var starts = Enumerable.Range(0, 8).Select(_ => Task.Run(() =>
        {
            using var client = OrmApps.School(folder).TestClient();
            return client.Get("/nowhere").StatusCode;
        }));

        Assert.All(await Task.WhenAll(starts), status => Assert.Equal(404, status));
    }
}
