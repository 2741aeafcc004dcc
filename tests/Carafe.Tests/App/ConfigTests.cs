namespace Carafe.Tests.App;

public class ConfigTests
{
    [Fact]
    public void Defaults_are_flasks_with_safe_cookies()
    {
        var config = new Config();

        Assert.Equal(TimeSpan.FromDays(31), config.Get("PERMANENT_SESSION_LIFETIME", TimeSpan.Zero));
        Assert.Equal("session", config["SESSION_COOKIE_NAME"]);
        Assert.Equal(true, config["SESSION_COOKIE_HTTPONLY"]);
        Assert.Equal("Lax", config["SESSION_COOKIE_SAMESITE"]);
        Assert.Null(config["SECRET_KEY"]);
    }

    [Fact]
    public void Appsettings_and_environment_fill_flask_keys_and_convert_on_read()
    {
        var app = TestApps.Create(root => File.WriteAllText(Path.Combine(root, "appsettings.json"),
            "{ \"MAX_CONTENT_LENGTH\": 65536, \"DEBUG\": \"true\", \"Logging\": { \"LogLevel\": { \"Default\": \"Warning\" } } }"));
        Environment.SetEnvironmentVariable("CARAFE_UPLOAD_FOLDER", "/tmp/uploads-from-env");
        try
        {
            var fromEnvironment = TestApps.Create();
            Assert.Equal("/tmp/uploads-from-env", fromEnvironment.Config["UPLOAD_FOLDER"]);
        }
        finally
        {
            Environment.SetEnvironmentVariable("CARAFE_UPLOAD_FOLDER", null);
        }

        Assert.Equal(65536L, app.Config.Get<long?>("MAX_CONTENT_LENGTH", null));
        Assert.True(app.Debug);
        Assert.False(app.Config.ContainsKey("Logging"));
    }

    [Fact]
    public void Unreadable_values_name_the_key()
    {
        var config = new Config { ["MAX_CONTENT_LENGTH"] = "lots" };
        var error = Assert.Throws<InvalidOperationException>(() => config.Get<long?>("MAX_CONTENT_LENGTH", null));
        Assert.Equal("Config value MAX_CONTENT_LENGTH = 'lots' is not a valid Int64.", error.Message);
    }
}
