using Carafe.Http;

namespace Carafe.Tests.Http;

public class ContentDispositionTests
{
    [Fact]
    public void Static_files_are_inline_with_their_name()
    {
        Assert.Equal("inline; filename=style.css", ContentDisposition.Format("style.css"));
        Assert.Equal("attachment; filename=\"my file.txt\"", ContentDisposition.Format("my file.txt", asAttachment: true));
    }

    [Fact]
    public void Non_ascii_names_get_an_ascii_fallback_and_an_encoded_form()
    {
        Assert.Equal("inline; filename=\"cafe creme.pdf\"; filename*=UTF-8''caf%C3%A9%20cr%C3%A8me.pdf", ContentDisposition.Format("café crème.pdf"));
    }

    [Theory]
    [MemberData(nameof(ContentDispositionFixtures.Names), MemberType = typeof(ContentDispositionFixtures))]
    public void Headers_match_werkzeugs_send_file(string downloadName, bool asAttachment, string expected)
    {
        Assert.Equal(expected, ContentDisposition.Format(downloadName, asAttachment));
    }
}
