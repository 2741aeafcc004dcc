using Carafe.Extensions;

namespace Carafe.Plugins.Tests;

public class VersionRangeTests
{
    [Theory]
    [InlineData("[0.1, 1.0)", "0.1.0", true)]
    [InlineData("[0.1, 1.0)", "0.9.9", true)]
    [InlineData("[0.1, 1.0)", "1.0.0", false)]
    [InlineData("[0.1, 1.0)", "0.0.9", false)]
    [InlineData("(0.1, 1.0]", "0.1.0", false)]
    [InlineData("(0.1, 1.0]", "1.0", true)]
    [InlineData("0.1", "0.1.0.0", true)]
    [InlineData("0.1", "7.0", true)]
    [InlineData("0.2", "0.1.9", false)]
    [InlineData("[0.1]", "0.1.0", true)]
    [InlineData("[0.1]", "0.1.1", false)]
    [InlineData("(, 1.0)", "0.0.1", true)]
    [InlineData("[1.0, )", "99.0", true)]
    public void Contains(string range, string version, bool expected) =>
        Assert.Equal(expected, VersionRange.Parse(range).Contains(Version.Parse(version)));

    [Theory]
    [InlineData("")]
    [InlineData("[1.0")]
    [InlineData("(1.0)")]
    [InlineData("[a, 2]")]
    [InlineData("1.0.0.0.0")]
    public void RefusesWhatIsNotARange(string range)
    {
        var e = Assert.Throws<FormatException>(() => VersionRange.Parse(range));
        Assert.Equal($"'{range}' is not a version range: write [1.0, 2.0), [1.0], (, 2.0] or 1.0.", e.Message);
    }

    [Theory]
    [InlineData("0.1", "0.1.0")]
    [InlineData("1.2.3.0", "1.2.3")]
    [InlineData("1.2.3.4", "1.2.3.4")]
    public void DisplaysThreeParts(string version, string expected) => Assert.Equal(expected, VersionRange.Display(Version.Parse(version)));
}
