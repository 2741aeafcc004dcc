using System.Net;
using Carafe.Hosting;
using Microsoft.AspNetCore.HttpOverrides;

namespace Carafe.Deployment.Tests;

public class ProxySettingsTests
{
    private static Config ConfigWith(params (string Key, object Value)[] values)
    {
        var config = new Config();
        foreach (var (key, value) in values)
        {
            config[key] = value;
        }
        return config;
    }

    [Fact]
    public void No_trusted_proxy_means_no_forwarded_header_is_believed()
    {
        Assert.Null(ProxySettings.Read(new Config()));
        Assert.Null(ProxySettings.Read(ConfigWith(("TRUSTED_PROXIES", ""))));
    }

    [Fact]
    public void Trusted_proxies_are_addresses_and_networks_and_nothing_else_ASP_NET_Core_trusts_by_default()
    {
        var options = ProxySettings.Read(ConfigWith(("TRUSTED_PROXIES", "127.0.0.1, 10.0.0.0/8, ::1")))!;

        Assert.Equal([IPAddress.Parse("127.0.0.1"), IPAddress.IPv6Loopback], options.KnownProxies);
        Assert.Equal([System.Net.IPNetwork.Parse("10.0.0.0/8")], options.KnownIPNetworks);
        Assert.Equal(ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto, options.ForwardedHeaders);
        Assert.Equal(1, options.ForwardLimit);
    }

    [Fact]
    public void The_headers_and_the_depth_come_from_the_config_as_strings_from_the_environment()
    {
        var options = ProxySettings.Read(ConfigWith(
            ("TRUSTED_PROXIES", "192.0.2.10"),
            ("FORWARDED_HEADERS", "x-forwarded-for,X-Forwarded-Proto, X-Forwarded-Host,X-Forwarded-Prefix"),
            ("FORWARDED_LIMIT", "2")))!;

        Assert.Equal(ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost | ForwardedHeaders.XForwardedPrefix,
            options.ForwardedHeaders);
        Assert.Equal(2, options.ForwardLimit);
    }

    [Theory]
    [InlineData("TRUSTED_PROXIES", "localhost", "TRUSTED_PROXIES holds 'localhost', which is not an IP address such as 127.0.0.1 or ::1.")]
    [InlineData("TRUSTED_PROXIES", "10.0.0.0/33", "TRUSTED_PROXIES holds '10.0.0.0/33', which is not a network such as 10.0.0.0/8.")]
    [InlineData("FORWARDED_HEADERS", "Forwarded", "FORWARDED_HEADERS holds 'Forwarded'; the headers it may name are X-Forwarded-For, X-Forwarded-Proto, X-Forwarded-Host, X-Forwarded-Prefix.")]
    [InlineData("FORWARDED_LIMIT", "0", "Config value FORWARDED_LIMIT = 0 must be at least 1: the number of proxies in front of the app.")]
    public void A_bad_value_is_refused_naming_the_key_and_what_it_should_be(string key, string value, string message)
    {
        var config = ConfigWith(("TRUSTED_PROXIES", "127.0.0.1"), (key, value));

        var error = Assert.Throws<InvalidOperationException>(() => ProxySettings.Read(config));

        Assert.Equal(message, error.Message);
    }
}
