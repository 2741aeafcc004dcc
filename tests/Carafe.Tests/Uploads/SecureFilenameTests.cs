using Carafe.Uploads;

namespace Carafe.Tests.Uploads;

public class SecureFilenameTests
{
    [Theory]
    [InlineData("My cool movie.mov", "My_cool_movie.mov")]
    [InlineData("../../../etc/passwd", "etc_passwd")]
    [InlineData("../../etc/passwd", "etc_passwd")]
    [InlineData("i contain cool ümläuts.txt", "i_contain_cool_umlauts.txt")]
    [InlineData("..", "")]
    [InlineData("...", "")]
    [InlineData(".", "")]
    [InlineData("___", "")]
    [InlineData("", "")]
    [InlineData(".bashrc", "bashrc")]
    [InlineData("日本語.txt", "txt")]
    [InlineData(@"C:\Windows\system32\evil.dll", "CWindowssystem32evil.dll")]
    [InlineData("  spaced  name .txt ", "spaced_name_.txt")]
    [InlineData("a/b/c.txt", "a_b_c.txt")]
    [InlineData("__init__.py", "init__.py")]
    [InlineData("name\0withnull.txt", "namewithnull.txt")]
    [InlineData("tab\tand\nnewline.txt", "tab_and_newline.txt")]
    [InlineData("-dash-.txt", "-dash-.txt")]
    public void Matches_the_reference_examples(string filename, string expected)
    {
        Assert.Equal(expected, SecureFilename.Apply(filename));
    }

    [Theory]
    [InlineData("CON")]
    [InlineData("con.txt")]
    [InlineData("NUL")]
    [InlineData("LPT1.log")]
    [InlineData("aux")]
    public void Leaves_windows_device_names_alone_as_werkzeug_does_on_linux(string filename)
    {
        Assert.Equal(filename, SecureFilename.Apply(filename));
    }

    [Theory]
    [MemberData(nameof(SecureFilenameFixtures.Cases), MemberType = typeof(SecureFilenameFixtures))]
    public void Matches_werkzeug(string filename, string expected)
    {
        Assert.Equal(expected, SecureFilename.Apply(filename));
    }
}
