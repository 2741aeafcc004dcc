namespace Carafe.Templating.Tests;

/// <summary>
/// Every golden case (rendered by real Jinja2, see <c>Golden/README.md</c>) renders to the same text here, or fails
/// with the matching exception and message.
/// </summary>
public class GoldenTests
{
    public static TheoryData<string> Cases() => [.. GoldenCase.Names];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Renders_like_Jinja(string name)
    {
        var golden = GoldenCase.Get(name);
        var environment = golden.CreateEnvironment();
        if (golden.Output is not null)
        {
            Assert.Equal(golden.Output, environment.GetTemplate(golden.Entry).Render(golden.Context));
            return;
        }
        var error = Record.Exception(() => environment.GetTemplate(golden.Entry).Render(golden.Context));
        Assert.NotNull(error);
        Assert.IsType(ExpectedException(golden.ErrorType!), error, exactMatch: false);
        Assert.Equal(golden.ErrorMessage, MessageOf(error));
        if (golden.ErrorLine is int line) Assert.Equal(line, ((TemplateSyntaxException)error).LineNumber);
    }

    /// <summary>Which of our exceptions stands for each exception Jinja (or Python under it) raised.</summary>
    private static Type ExpectedException(string pythonType) => pythonType switch
    {
        "TemplateSyntaxError" or "TemplateAssertionError" => typeof(TemplateSyntaxException),
        "UndefinedError" => typeof(UndefinedException),
        "TemplatesNotFound" => typeof(TemplatesNotFoundException),
        "TemplateNotFound" => typeof(TemplateNotFoundException),
        _ => typeof(TemplateRuntimeException),
    };

    private static string MessageOf(Exception error) => error switch
    {
        TemplateSyntaxException syntax => syntax.Reason,
        _ => error.Message,
    };
}
