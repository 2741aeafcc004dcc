namespace Carafe.Tests;

public class DatabaseUriTests
{
    [Theory]
    [InlineData("postgresql+psycopg2://ann:p%40ss@[::1]:5433/shop?sslmode=require", "postgresql", "psycopg2", "ann", "p@ss", "::1", 5433, "shop")]
    [InlineData("sqlite:////var/data/app.db", "sqlite", null, null, null, null, null, "/var/data/app.db")]
    [InlineData("sqlite:///app.db", "sqlite", null, null, null, null, null, "app.db")]
    [InlineData("sqlite://", "sqlite", null, null, null, null, null, "")]
    public void Database_urls_parse_as_SQLAlchemy_reads_them(string text, string dialect, string? driver, string? user, string? password, string? host, int? port, string database)
    {
        var uri = DatabaseUri.Parse(text);

        Assert.Equal((dialect, driver, user, password, host, port, database), (uri.Dialect, uri.Driver, uri.User, uri.Password, uri.Host, uri.Port, uri.Database));
    }

    [Fact]
    public void The_password_never_shows()
    {
        Assert.Equal("postgresql://ann:***@db/shop?sslmode=require", DatabaseUri.Parse("postgresql://ann:s3cret@db/shop?sslmode=require").ToString());
        Assert.Equal("require", DatabaseUri.Parse("postgresql://ann:s3cret@db/shop?sslmode=require").Query["sslmode"]);
    }

    [Theory]
    [InlineData("postgresql://ann@db/shop?password=s3cret&sslmode=require", "postgresql://ann@db/shop?password=***&sslmode=require")]
    [InlineData("postgresql://ann@db/shop?sslmode=require&PWD=s3cret", "postgresql://ann@db/shop?sslmode=require&PWD=***")]
    [InlineData("postgresql://ann:p@ss@db/shop?Password=s3cret", "postgresql://ann:***@db/shop?Password=***")]
    public void A_password_in_the_query_never_shows_either(string text, string redacted)
    {
        Assert.Equal(redacted, DatabaseUri.Parse(text).Redacted);
        Assert.Equal("s3cret", DatabaseUri.Parse(text).Query.Single(entry => entry.Key.ToLowerInvariant() is "password" or "pwd").Value);
    }

    [Theory]
    [InlineData("school.db", "'school.db' is not a database URL: it should look like 'sqlite:///app.db' or 'postgresql://user:password@host/database'.")]
    [InlineData("my sql://db/x", "'my sql://db/x' is not a database URL: 'my sql' is not a dialect name.")]
    [InlineData("my sql://ann:s3cret@db/x", "'my sql://ann:***@db/x' is not a database URL: 'my sql' is not a dialect name.")]
    [InlineData("postgresql:/ann:s3cret@db/x", "'postgresql:/ann:***@db/x' is not a database URL: it should look like 'sqlite:///app.db' or 'postgresql://user:password@host/database'.")]
    [InlineData("ann:s3cret@db/x?password=s3cret", "'ann:***@db/x?password=***' is not a database URL: it should look like 'sqlite:///app.db' or 'postgresql://user:password@host/database'.")]
    [InlineData("postgresql://ann@db:99999/x?password=s3cret", "'postgresql://ann@db:99999/x?password=***' is not a database URL: the port '99999' is not a number from 1 to 65535.")]
    [InlineData("postgresql://ann:s3cret@db:99999/x", "'postgresql://ann:***@db:99999/x' is not a database URL: the port '99999' is not a number from 1 to 65535.")]
    public void A_malformed_url_is_a_format_error_saying_why(string text, string message)
    {
        Assert.Equal(message, Assert.Throws<FormatException>(() => DatabaseUri.Parse(text)).Message);
    }
}
