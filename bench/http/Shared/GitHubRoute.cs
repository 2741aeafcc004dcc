namespace Carafe.Bench.Http;

/// <summary>One route of the routing test, shaped like a GitHub REST API route.</summary>
/// <param name="Index">Its line number in routes.txt, from 0.</param>
/// <param name="Template">Its template in ASP.NET Core syntax: <c>/repos/{owner}/{repo}</c>.</param>
/// <param name="ParameterNames">The names of its parameters, in template order.</param>
internal sealed record GitHubRoute(int Index, string Template, string[] ParameterNames)
{
    /// <summary>Reads routes.txt: one template a line.</summary>
    public static List<GitHubRoute> Load(string path) =>
        File.ReadLines(path)
            .Where(line => line.Length > 0)
            .Select((template, index) => new GitHubRoute(index, template, ParameterNamesOf(template)))
            .ToList();

    /// <summary>The response every implementation gives: "route N" then each value, space-separated.</summary>
    public string Describe(Func<string, string> valueOf)
    {
        var body = "route " + Index;
        foreach (var name in ParameterNames)
        {
            body += " " + valueOf(name);
        }

        return body;
    }

    private static string[] ParameterNamesOf(string template) =>
        template.Split('/')
            .Where(segment => segment.StartsWith('{'))
            .Select(segment => segment[1..^1])
            .ToArray();
}
