namespace Carafe.Ajax.Tests;

/// <summary>Reading <c>sijax_args</c> on its own: a JSON list within the limits, or the reason it is refused.</summary>
public class ArgumentsTests
{
    [Theory]
    [InlineData("[]", 0)]
    [InlineData("[\"Ann\", 3, true, null, {\"a\": [1]}]", 5)]
    [InlineData(" [1] ", 1)]
    public void A_json_list_gives_its_elements(string text, int count)
    {
        Assert.True(AjaxArguments.TryParse(text, 100, 3, out var arguments, out var error));
        Assert.Equal(count, arguments.Length);
        Assert.Equal("", error);
    }

    [Theory]
    [InlineData("[[[1]]]", true, "")]
    [InlineData("[[[[1]]]]", false, "sijax_args is nested deeper than 3 levels (AJAX_ARGS_MAX_DEPTH).")]
    [InlineData("[{\"a\":{\"b\":{}}}]", false, "sijax_args is nested deeper than 3 levels (AJAX_ARGS_MAX_DEPTH).")]
    [InlineData("[1,]", false, "sijax_args is not valid JSON; it must be a JSON list of arguments, such as [\"Ann\", 3].")]
    [InlineData("[1] [2]", false, "sijax_args is not valid JSON; it must be a JSON list of arguments, such as [\"Ann\", 3].")]
    [InlineData("true", false, "sijax_args must be a JSON list of arguments, not a boolean.")]
    [InlineData("12", false, "sijax_args must be a JSON list of arguments, not a number.")]
    public void Depth_syntax_and_kind_are_checked(string text, bool accepted, string reason)
    {
        Assert.Equal(accepted, AjaxArguments.TryParse(text, 100, 3, out _, out var error));
        Assert.Equal(reason, error);
    }

    [Fact]
    public void The_length_is_checked_before_parsing()
    {
        Assert.False(AjaxArguments.TryParse("[\"abcdef\"]", 5, 3, out _, out var error));
        Assert.Equal("sijax_args is 10 characters long; at most 5 are accepted (AJAX_ARGS_MAX_LENGTH).", error);
    }
}
