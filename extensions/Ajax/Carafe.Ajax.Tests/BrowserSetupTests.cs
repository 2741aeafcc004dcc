using Carafe.Ajax.Tests.Support;

namespace Carafe.Ajax.Tests;

/// <summary>On a machine without Chromium the browser tests fail and say how to get it, rather than pass unseen.</summary>
public class BrowserSetupTests
{
    [Fact]
    public async Task Without_chromium_the_browser_tests_fail_naming_the_path_and_the_fix()
    {
        var browser = new Browser("/nowhere/chromium");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(browser.InitializeAsync);

        Assert.Equal(
            "The browser tests drive Debian's Chromium at /nowhere/chromium, which is not installed. Run ./test.sh, which installs " +
            "the Debian packages the tests need (chromium among them), or install it with: apt-get install -y chromium", error.Message);
    }
}
