using Carafe.Cli;

namespace Carafe.Plugins.Tests;

public class ExtensionsListingTests
{
    [Fact]
    public async Task ListsNameVersionSourceAndState()
    {
        var app = new CarafeApp(["extensions"]);
        app.Extensions.Options.Enabled = ["Greeter", "HelloExtension", "Faulty", "Future", "JsonNew"];
        var output = new StringWriter();

        await CommandLine.RunAsync(app, ["extensions"], output, CancellationToken.None);

        Assert.Equal(
            """
            Extension       Version  Source                  State
            --------------  -------  ----------------------  -----
            Greeter         2.1.0    reference               loaded
            Dependent       1.0.0    plugins/Dependent       disabled
            Faulty          0.1.0    plugins/Faulty          failed: it threw InvalidOperationException: FAULTY_SERVER is not configured
            Future          3.0.0    plugins/FuturePlugin    failed: it supports Carafe.Abstractions [0.2, 1.0) but the app has Carafe.Abstractions 0.1.0
            HelloExtension  1.0.0    plugins/HelloExtension  loaded
            JsonNew         1.0.0    plugins/JsonNew         loaded
            JsonOld         1.0.0    plugins/JsonOld         disabled

            """.ReplaceLineEndings("\n"),
            output.ToString());
    }
}
