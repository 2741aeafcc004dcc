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
    [InlineData("school.db", "'school.db' is not a database URL: it should look like 'sqlite:///app.db' or 'postgresql://user:password@host/database'.")]
    [InlineData("my sql://db/x", "'my sql://db/x' is not a database URL: 'my sql' is not a dialect name.")]
    [InlineData("postgresql://ann:s3cret@db:99999/x", "'postgresql://ann:***@db:99999/x' is not a database URL: the port '99999' is not a number from 1 to 65535.")]
    public void A_malformed_url_is_a_format_error_saying_why(string text, string message)
    {
        Assert.Equal(message, Assert.Throws<FormatException>(() => DatabaseUri.Parse(text)).Message);
    }
}
