using Carafe.Http;

namespace Carafe.Tests.Http;

/// <summary>
/// <see cref="TrustedHosts"/> trusts the hosts Werkzeug 3.1's <c>get_host</c> trusts for Flask 3.1's
/// TRUSTED_HOSTS (TrustedHostsFixtures, generated from Flask 3.1.3 and Debian's Werkzeug 2.2.2),
/// but for IPv6 entries, where it compares the whole address.
/// </summary>
public class TrustedHostsTests
{
    /// <summary>The fixture's trusted list, host, and whether Werkzeug 3.1 trusts it.</summary>
    public static TheoryData<string, string, bool> Verdicts()
    {
        var verdicts = new TheoryData<string, string, bool>();
        foreach (var row in TrustedHostsFixtures.Requests)
        {
            verdicts.Add((string)row[0], (string)row[1], (bool)row[3]);
        }
        return verdicts;
    }

    [Theory]
    [MemberData(nameof(Verdicts))]
    public void Trusts_what_werkzeug_3_1_trusts(string trusted, string host, bool werkzeug31)
    {
        var matcher = new TrustedHosts(trusted.Split(','));

        var expected = IsIpv6Entry(trusted) ? ExpectedForIpv6(host) : werkzeug31;

        Assert.Equal(expected, matcher.Allows(TrustedHosts.WithoutDefaultPort("http", host)));
    }

    /// <summary>The fixture's rows whose host has only the characters Werkzeug 3.1 allows, IPv6 aside, with Werkzeug 2.2's verdict.</summary>
    public static TheoryData<string, string, bool> Werkzeug22Verdicts()
    {
        var verdicts = new TheoryData<string, string, bool>();
        foreach (var row in TrustedHostsFixtures.Requests)
        {
            if (row[0] is string trusted && !IsIpv6Entry(trusted) && row[1] is string host && host.Length > 0
                && host.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or ':') && host.Count(c => c == ':') < 2)
            {
                verdicts.Add(trusted, host, (bool)row[2]);
            }
        }
        return verdicts;
    }

    [Theory]
    [MemberData(nameof(Werkzeug22Verdicts))]
    public void Trusts_what_debian_s_werkzeug_2_2_trusts_but_for_the_characters_3_1_refuses(string trusted, string host, bool werkzeug22)
    {
        var matcher = new TrustedHosts(trusted.Split(','));

        // Werkzeug 2.2 cuts the port at the last colon and reads any port; 3.1 wants digits after it.
        var expected = werkzeug22 && (host.IndexOf(':') is var colon && (colon < 0 || (colon < host.Length - 1 && host[(colon + 1)..].All(char.IsAsciiDigit))));
        Assert.Equal(expected, matcher.Allows(TrustedHosts.WithoutDefaultPort("http", host)));
    }

    [Fact]
    public void An_ipv6_entry_trusts_that_address_on_any_port_and_no_other_where_werkzeug_cuts_at_the_first_colon()
    {
        var matcher = new TrustedHosts(["[::1]"]);

        Assert.True(matcher.Allows("[::1]"));
        Assert.True(matcher.Allows("[::1]:8080"));
        Assert.False(matcher.Allows("[::2]"));
        Assert.False(matcher.Allows("[::1"));
        Assert.False(matcher.Allows("::1"));
        Assert.True(new TrustedHosts(["[2001:db8::1]:443"]).Allows("[2001:db8::1]:8443"));
    }

    [Theory]
    [InlineData("http", "example.com:80", "example.com")]
    [InlineData("http", "example.com:8080", "example.com:8080")]
    [InlineData("http", "example.com:443", "example.com:443")]
    [InlineData("https", "example.com:443", "example.com")]
    [InlineData("https", "example.com:80", "example.com:80")]
    [InlineData("ws", "[::1]:80", "[::1]")]
    [InlineData("wss", "example.com:443", "example.com")]
    public void The_default_port_of_the_scheme_is_left_out_as_get_host_does(string scheme, string host, string shown)
    {
        Assert.Equal(shown, TrustedHosts.WithoutDefaultPort(scheme, host));
    }

    [Theory]
    [InlineData("", "TRUSTED_HOSTS holds '', which names no host: write a name such as example.com, or .example.com for it and its subdomains.")]
    [InlineData(".", "TRUSTED_HOSTS holds '.', which names no host: write a name such as example.com, or .example.com for it and its subdomains.")]
    [InlineData(":8080", "TRUSTED_HOSTS holds ':8080', which names no host: write a name such as example.com, or .example.com for it and its subdomains.")]
    [InlineData("a..example.com", "TRUSTED_HOSTS holds 'a..example.com', which is not a host name IDNA can encode (the label '' is empty or longer than 63 characters).")]
    public void An_entry_that_names_no_host_is_refused_naming_it(string entry, string message)
    {
        var error = Assert.Throws<InvalidOperationException>(() => new TrustedHosts(["example.com", entry]));

        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void A_label_longer_than_63_characters_is_refused_as_python_s_idna_codec_refuses_it()
    {
        var entry = new string('x', 64) + ".example.com";

        Assert.Throws<InvalidOperationException>(() => new TrustedHosts([entry]));
        Assert.True(new TrustedHosts([new string('x', 63) + ".example.com"]).Allows(new string('x', 63) + ".example.com"));
    }

    [Fact]
    public void Entries_that_are_not_ascii_are_idna_encoded_label_by_label()
    {
        var matcher = new TrustedHosts(["B\u00DCCHER.Example", ".\u65E5\u672C.example"]);

        Assert.True(matcher.Allows("xn--bcher-kva.Example"));
        Assert.False(matcher.Allows("xn--bcher-kva.example"));
        Assert.True(matcher.Allows("shop.xn--wgv71a.example:8443"));
    }

    [Fact]
    public void The_key_unset_or_empty_allows_every_host_and_a_string_is_a_comma_separated_list()
    {
        var config = new Config();
        Assert.Null(TrustedHosts.Read(config));
        config["TRUSTED_HOSTS"] = "";
        Assert.Null(TrustedHosts.Read(config));
        config["TRUSTED_HOSTS"] = Array.Empty<string>();
        Assert.Null(TrustedHosts.Read(config));

        config["TRUSTED_HOSTS"] = "example.com, .example.org";
        var matcher = TrustedHosts.Read(config)!;

        Assert.True(matcher.Allows("example.com"));
        Assert.True(matcher.Allows("www.example.org"));
        Assert.False(matcher.Allows("example.net"));
    }

    private static bool IsIpv6Entry(string trusted) => trusted.StartsWith('[');

    private static bool ExpectedForIpv6(string host) => host is "[::1]" or "[::1]:8080";
}
