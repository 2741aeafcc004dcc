using Npgsql;

namespace Carafe.Orm.PostgreSql.Tests;

/// <summary>postgresql:// URLs and engine options as Npgsql connection strings (no server needed).</summary>
public class PostgreSqlProviderTests
{
    [Fact]
    public void A_url_with_query_and_engine_options_becomes_an_Npgsql_connection_string()
    {
        var options = new Dictionary<string, object?>
        {
            ["pool_size"] = "7", ["pool_timeout"] = 9, ["pool_pre_ping"] = true,
            ["connect_args"] = new Dictionary<string, object?> { ["Application Name"] = "carafe" },
        };

        var text = new PostgreSqlProvider().ConnectionString(DatabaseUri.Parse("postgresql+psycopg2://ann:p%40ss@db.example.com:5433/shop?sslmode=require"), options, "/unused", "K");

        var builder = new NpgsqlConnectionStringBuilder(text);
        Assert.Equal(("db.example.com", 5433, "ann", "p@ss", "shop"), (builder.Host, builder.Port, builder.Username, builder.Password, builder.Database));
        Assert.Equal((SslMode.Require, 7, 9, "carafe"), (builder.SslMode, builder.MaxPoolSize, builder.Timeout, builder.ApplicationName));
    }

    [Theory]
    [InlineData("postgresql:///shop", "K: 'postgresql:///shop' names no host: write 'postgresql://user:password@host:port/database'.")]
    [InlineData("postgresql://db/shop?nonsense=1", "K (?nonsense=): not an Npgsql connection string keyword or value:")]
    public void Bad_urls_name_the_key(string url, string message)
    {
        var error = Assert.Throws<OrmConfigurationException>(() => new PostgreSqlProvider().ConnectionString(DatabaseUri.Parse(url), new Dictionary<string, object?>(), "/unused", "K"));

        Assert.StartsWith(message, error.Message);
    }

    [Fact]
    public void An_unsupported_engine_option_is_named()
    {
        var error = Assert.Throws<OrmConfigurationException>(() => new PostgreSqlProvider().ConnectionString(
            DatabaseUri.Parse("postgresql://db/shop"), new Dictionary<string, object?> { ["isolation_level"] = "SERIALIZABLE" }, "/unused", "K"));

        Assert.Equal("SQLALCHEMY_ENGINE_OPTIONS.isolation_level", error.Key);
    }
}
