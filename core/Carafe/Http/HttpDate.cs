using System.Globalization;

namespace Carafe.Http;

/// <summary>
/// HTTP dates as Werkzeug writes and reads them: <c>Wed, 02 Jan 2030 03:04:05 GMT</c> out, and in
/// whatever Python's <c>email.utils.parsedate_to_datetime</c> accepts (RFC 1123, RFC 850, asctime,
/// numeric and named zones), a date without a zone being UTC.
/// </summary>
internal static class HttpDate
{
    private static readonly string[] DayNames = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

    private static readonly string[] MonthNames =
    [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december",
    ];

    // Python's email._parseaddr._timezones, in hours and minutes as written (-0500).
    private static readonly Dictionary<string, int> NamedZones = new(StringComparer.Ordinal)
    {
        ["UT"] = 0, ["UTC"] = 0, ["GMT"] = 0, ["Z"] = 0, ["AST"] = -400, ["ADT"] = -300,
        ["EST"] = -500, ["EDT"] = -400, ["CST"] = -600, ["CDT"] = -500, ["MST"] = -700,
        ["MDT"] = -600, ["PST"] = -800, ["PDT"] = -700,
    };

    /// <summary>Formats <paramref name="date"/> in UTC as an IMF-fixdate, dropping fractions of a second.</summary>
    public static string Format(DateTimeOffset date) =>
        date.UtcDateTime.ToString("ddd, dd MMM yyyy HH:mm:ss 'GMT'", CultureInfo.InvariantCulture);

    /// <summary>Formats a <see cref="DateTime"/>; one of unspecified kind is taken as UTC, as Werkzeug takes naive datetimes.</summary>
    public static string Format(DateTime date) => Format(AsUtc(date));

    /// <summary>The instant a <see cref="DateTime"/> stands for, unspecified kind meaning UTC.</summary>
    public static DateTimeOffset AsUtc(DateTime date) => date.Kind switch
    {
        DateTimeKind.Local => new DateTimeOffset(date),
        _ => new DateTimeOffset(DateTime.SpecifyKind(date, DateTimeKind.Utc)),
    };

    /// <summary>Parses an HTTP (RFC 2822) date as Werkzeug's <c>parse_date</c>; false where it answers <c>None</c>.</summary>
    public static bool TryParse(string? value, out DateTimeOffset date)
    {
        date = default;
        if (string.IsNullOrEmpty(value))
        {
            return false;
        }
        var data = value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).ToList();
        if (data.Count == 0)
        {
            return false;
        }

        // A leading day name (or anything up to a comma) is skipped.
        if (data[0].EndsWith(',') || DayNames.Contains(data[0].ToLowerInvariant()))
        {
            data.RemoveAt(0);
        }
        else
        {
            var comma = data[0].LastIndexOf(',');
            if (comma >= 0)
            {
                data[0] = data[0][(comma + 1)..];
            }
        }
        if (data.Count == 3)
        {
            // RFC 850: 02-Jan-30 03:04:05 GMT
            var parts = data[0].Split('-');
            if (parts.Length == 3)
            {
                data = [.. parts, .. data.Skip(1)];
            }
        }
        if (data.Count == 4)
        {
            // A zone glued to the time: 03:04:05+0100
            var s = data[3];
            var sign = s.IndexOf('+');
            if (sign == -1)
            {
                sign = s.IndexOf('-');
            }
            if (sign > 0)
            {
                data[3] = s[..sign];
                data.Add(s[sign..]);
            }
            else
            {
                data.Add("");
            }
        }
        if (data.Count < 5)
        {
            return false;
        }

        var (dd, mm, yy, tm, tz) = (data[0], data[1], data[2], data[3], data[4]);
        if (dd.Length == 0 || mm.Length == 0 || yy.Length == 0)
        {
            return false;
        }
        mm = mm.ToLowerInvariant();
        if (!MonthNames.Contains(mm))
        {
            (dd, mm) = (mm, dd.ToLowerInvariant());
            if (!MonthNames.Contains(mm))
            {
                return false;
            }
        }
        var month = Array.IndexOf(MonthNames, mm) % 12 + 1;
        if (dd[^1] == ',')
        {
            dd = dd[..^1];
        }
        if (yy.IndexOf(':') > 0)
        {
            (yy, tm) = (tm, yy);
        }
        if (yy[^1] == ',')
        {
            yy = yy[..^1];
            if (yy.Length == 0)
            {
                return false;
            }
        }
        if (!char.IsDigit(yy[0]))
        {
            (yy, tz) = (tz, yy);
        }
        if (tm[^1] == ',')
        {
            tm = tm[..^1];
        }
        var clock = tm.Split(':');
        if (clock.Length == 1 && tm.Contains('.'))
        {
            // Some mailers separate the time with dots.
            clock = tm.Split('.');
        }
        if (clock.Length is not (2 or 3))
        {
            return false;
        }
        if (!PythonInt.TryParseHeaderValue(yy, out var year) || !PythonInt.TryParseHeaderValue(dd, out var day)
            || !PythonInt.TryParseHeaderValue(clock[0], out var hour) || !PythonInt.TryParseHeaderValue(clock[1], out var minute))
        {
            return false;
        }
        var second = 0L;
        if (clock.Length == 3 && !PythonInt.TryParseHeaderValue(clock[2], out second))
        {
            return false;
        }
        if (year < 100)
        {
            // POSIX: 69-99 are 1969-1999, 0-68 are 2000-2068.
            year += year > 68 ? 1900 : 2000;
        }

        var offsetSeconds = 0L;
        tz = tz.ToUpperInvariant();
        if (NamedZones.TryGetValue(tz, out var named))
        {
            offsetSeconds = ZoneSeconds(named);
        }
        else if (PythonInt.TryParseHeaderValue(tz, out var numeric))
        {
            offsetSeconds = ZoneSeconds(numeric);
        }

        if (year is < 1 or > 9999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth((int)year, month)
            || hour is < 0 or > 23 || minute is < 0 or > 59 || second is < 0 or > 59
            || Math.Abs(offsetSeconds) >= 86400)
        {
            return false;
        }
        var local = new DateTime((int)year, month, (int)day, (int)hour, (int)minute, (int)second, DateTimeKind.Unspecified);
        var utcTicks = local.Ticks - offsetSeconds * TimeSpan.TicksPerSecond;
        if (utcTicks < DateTime.MinValue.Ticks || utcTicks > DateTime.MaxValue.Ticks)
        {
            return false;
        }
        date = new DateTimeOffset(utcTicks, TimeSpan.Zero);
        return true;
    }

    // -0530 means minus five hours thirty; Python reads the hundreds as hours.
    private static long ZoneSeconds(long hhmm)
    {
        var sign = hhmm < 0 ? -1 : 1;
        var magnitude = Math.Abs(hhmm);
        return sign * ((magnitude / 100) * 3600 + (magnitude % 100) * 60);
    }
}
