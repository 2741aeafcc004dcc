using System.Text;
using System.Text.Json;

namespace Carafe.Templating.Tests;

/// <summary>
/// Any input either compiles or raises a <see cref="TemplateSyntaxException"/> with a position: never another
/// exception, a hang or a stack overflow. Inputs are random token soups and mutations of the valid templates in
/// <c>Golden/fuzz_seeds.txt</c>, with a fixed seed so failures reproduce.
/// </summary>
public class SyntaxPropertyTests
{
    private static readonly string[] Fragments =
    [
        "{{", "}}", "{%", "%}", "{#", "#}", "-", "+", "(", ")", "[", "]", "{", "}", "'", "\"", "|", ".", ",", ":", "=",
        "==", "<", ">", "*", "**", "/", "//", "%", "~", "!", "@", "\\", "#", "##", " ", " ", "\n", "\r\n", "\t",
        "if", "elif", "else", "endif", "for", "in", "endfor", "recursive", "block", "endblock", "extends", "include",
        "import", "from", "as", "with", "endwith", "macro", "endmacro", "call", "endcall", "set", "endset", "filter",
        "endfilter", "raw", "endraw", "autoescape", "endautoescape", "not", "and", "or", "is", "none", "true",
        "x", "y", "loop", "caller", "upper", "default", "1", "0", "1.5", "1e3", "0x1f", "1_000", "é", "日本", "😀",
    ];

    private static readonly Environment[] Environments =
    [
        new(),
        new() { LineStatementPrefix = "#", LineCommentPrefix = "##", TrimBlocks = true, LstripBlocks = true },
        new() { BlockStartString = "<%", BlockEndString = "%>", VariableStartString = "${", VariableEndString = "}" },
    ];

    [Fact]
    public void Random_inputs_compile_or_fail_with_a_position()
    {
        var random = new Random(20261125);
        var inputs = Enumerable.Range(0, 1500).Select(_ => Soup(random)).Concat(Mutations(random));
        var failures = new List<string>();
        foreach (var input in inputs)
            foreach (var environment in Environments)
                if (Check(environment, input) is { } failure) failures.Add(failure);
        Assert.Empty(failures);
    }

    [Theory]
    [InlineData("{{ ", "(", "")]
    [InlineData("{{ ", "[", "")]
    [InlineData("{{ ", "{", "")]
    [InlineData("{{ ", "not ", "x }}")]
    [InlineData("{{ ", "-", "x }}")]
    [InlineData("{{ x", " if x else x", " }}")]
    [InlineData("", "{% if x %}", "")]
    [InlineData("", "{% for x in y %}", "")]
    [InlineData("", "{% macro m() %}", "")]
    public void Deep_nesting_fails_with_a_syntax_error(string prefix, string repeated, string suffix)
    {
        var source = prefix + string.Concat(Enumerable.Repeat(repeated, 20_000)) + suffix;
        var error = Assert.Throws<TemplateSyntaxException>(() => new Environment().FromString(source));
        Assert.True(error.LineNumber >= 1);
    }

    [Theory]
    [InlineData("|upper")]
    [InlineData(".a")]
    [InlineData(" + 1")]
    [InlineData(" ~ 'a'")]
    public void Long_chains_render_or_fail_cleanly(string link)
    {
        var template = new Environment().FromString("{{ x" + string.Concat(Enumerable.Repeat(link, 50_000)) + " }}");
        var thread = new Thread(() => Record.Exception(() => template.Render(new Dictionary<string, object?> { ["x"] = 1L })), 256 * 1024);
        thread.Start();
        Assert.True(thread.Join(TimeSpan.FromSeconds(30)));
    }

    private static string? Check(Environment environment, string input)
    {
        try
        {
            environment.FromString(input);
            return null;
        }
        catch (TemplateSyntaxException e) when (e.LineNumber >= 1 && e.Column >= 1)
        {
            return null;
        }
        catch (Exception e)
        {
            return $"{JsonSerializer.Serialize(input)} -> {e.GetType().Name}: {e.Message}";
        }
    }

    private static string Soup(Random random)
    {
        var sb = new StringBuilder();
        int count = random.Next(1, 30);
        for (int i = 0; i < count; i++) sb.Append(Fragments[random.Next(Fragments.Length)]);
        return sb.ToString();
    }

    private static IEnumerable<string> Mutations(Random random)
    {
        var seeds = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Golden", "fuzz_seeds.txt"))
            .Where(line => line.Length > 0)
            .Select(line => JsonSerializer.Deserialize<string>(line)!)
            .ToList();
        foreach (var seed in seeds)
        {
            for (int i = 0; i < 15; i++)
            {
                var text = new StringBuilder(seed);
                int edits = random.Next(1, 4);
                for (int e = 0; e < edits; e++) Mutate(text, random);
                yield return text.ToString();
            }
        }
    }

    private static void Mutate(StringBuilder text, Random random)
    {
        int at = random.Next(text.Length + 1);
        switch (random.Next(4))
        {
            case 0 when text.Length > 0:
                text.Remove(Math.Min(at, text.Length - 1), Math.Min(random.Next(1, 6), text.Length - Math.Min(at, text.Length - 1)));
                break;
            case 1:
                text.Insert(at, Fragments[random.Next(Fragments.Length)]);
                break;
            case 2 when text.Length > 0:
                int start = random.Next(text.Length);
                int length = Math.Min(random.Next(1, 10), text.Length - start);
                text.Insert(at, text.ToString(start, length));
                break;
            default:
                if (text.Length > 0) text[Math.Min(at, text.Length - 1)] = (char)random.Next(32, 127);
                break;
        }
    }
}
