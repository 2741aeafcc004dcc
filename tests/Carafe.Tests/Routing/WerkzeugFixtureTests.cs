using System.Numerics;
using System.Text.Json;
using Carafe.Routing;

namespace Carafe.Tests.Routing;

/// <summary>Every match and build recorded from Werkzeug 2.2.2 gives the same result here.</summary>
public class WerkzeugFixtureTests
{
    public static TheoryData<string, string> Matches()
    {
        var data = new TheoryData<string, string>();
        foreach (var match in WerkzeugFixtures.Root.GetProperty("matches").EnumerateArray())
        {
            data.Add(match.GetProperty("method").GetString()!, match.GetProperty("path").GetString()!);
        }
        return data;
    }

    public static TheoryData<int> Builds() =>
        new(Enumerable.Range(0, WerkzeugFixtures.Root.GetProperty("builds").GetArrayLength()));

    [Theory]
    [MemberData(nameof(Matches))]
    public void Matches_like_werkzeug(string method, string path)
    {
        var expected = WerkzeugFixtures.Root.GetProperty("matches").EnumerateArray()
            .First(m => m.GetProperty("method").GetString() == method && m.GetProperty("path").GetString() == path);

        var match = WerkzeugFixtures.Map.Match(path, method);

        Assert.Equal(expected.GetProperty("kind").GetString(), match.Kind.ToString());
        switch (match.Kind)
        {
            case RouteMatchKind.Found:
                Assert.Equal(expected.GetProperty("endpoint").GetString(), match.Rule!.Endpoint);
                var values = expected.GetProperty("values").EnumerateObject()
                    .Select(v => $"{v.Name}={v.Value[0].GetString()}:{v.Value[1].GetString()}");
                Assert.Equal(values, match.Values.Select(v => $"{v.Key}={TypeOf(v.Value)}:{UrlEncoding.ToPythonString(v.Value)}"));
                break;
            case RouteMatchKind.Redirect:
                Assert.Equal(expected.GetProperty("location").GetString(), match.RedirectPath);
                break;
            case RouteMatchKind.MethodNotAllowed:
                Assert.Equal(expected.GetProperty("allowed").EnumerateArray().Select(m => m.GetString()),
                    match.AllowedMethods.Order(StringComparer.Ordinal));
                break;
        }
    }

    [Theory]
    [MemberData(nameof(Builds))]
    public void Builds_like_werkzeug(int index)
    {
        var expected = WerkzeugFixtures.Root.GetProperty("builds")[index];
        var endpoint = expected.GetProperty("endpoint").GetString()!;
        var values = WerkzeugFixtures.ToDictionary(expected.GetProperty("values"));
        var method = expected.GetProperty("method").ValueKind == JsonValueKind.Null ? null : expected.GetProperty("method").GetString();

        if (expected.TryGetProperty("url", out var url))
        {
            Assert.Equal(url.GetString(), WerkzeugFixtures.Map.Build(endpoint, values, method));
        }
        else
        {
            var error = Assert.Throws<BuildException>(() => WerkzeugFixtures.Map.Build(endpoint, values, method));
            Assert.Equal(expected.GetProperty("error").GetString(), error.Message);
            Assert.Equal(endpoint, error.Endpoint);
        }
    }

    private static string TypeOf(object? value) => value switch
    {
        long or BigInteger => "int",
        double => "float",
        Guid => "uuid",
        bool => "bool",
        string => "str",
        _ => value?.GetType().Name ?? "None",
    };
}
