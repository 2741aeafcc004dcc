using System.Buffers;
using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Numerics;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;
using Carafe.Http;

namespace Carafe.Json;

/// <summary>
/// Writes .NET values as Flask's JSON provider does: compact, keys sorted by code point (also
/// nested), ASCII only with lower-case <c>\uXXXX</c> escapes, and nothing escaped beyond what JSON
/// requires. System.Text.Json's writer cannot be used here: its escapes are upper-case, it escapes
/// HTML characters, and it does not sort keys.
/// In <see cref="Tagged"/> mode it writes Flask's session format (<c>TaggedJSONSerializer</c>):
/// datetimes, UUIDs, bytes, tuples (and <c>object?[]</c>, which is what tuples read back as) and
/// dictionaries that look like tags are wrapped in one-key tag objects (<c>{" u": "..."}</c>) so
/// that they read back as the same types.
/// </summary>
internal sealed class PythonJsonWriter
{
    /// <summary>The keys Flask's session serializer reserves for tagged values.</summary>
    public static readonly IReadOnlySet<string> TagKeys = new HashSet<string>(StringComparer.Ordinal) { " di", " t", " b", " m", " u", " d" };

    private static readonly ConcurrentDictionary<Type, (string Name, PropertyInfo Property)[]> PropertiesByType = new();
    private static readonly byte[] HexLower = "0123456789abcdef"u8.ToArray();

    private readonly IBufferWriter<byte> _output;
    private readonly HashSet<object> _open = new(ReferenceEqualityComparer.Instance);

    /// <summary>Creates a writer appending to <paramref name="output"/>.</summary>
    public PythonJsonWriter(IBufferWriter<byte> output, bool tagged = false)
    {
        _output = output;
        Tagged = tagged;
    }

    /// <summary>Whether values are tagged as Flask's session serializer tags them.</summary>
    public bool Tagged { get; }

    /// <summary>Writes <paramref name="value"/>.</summary>
    /// <exception cref="NotSupportedException">A dictionary has keys that are neither all strings nor all integers.</exception>
    /// <exception cref="InvalidOperationException">The value contains itself.</exception>
    public void Write(object? value)
    {
        switch (value)
        {
            case null:
                Raw("null"u8);
                break;
            case string text:
                WriteString(text);
                break;
            case char c:
                WriteString(c.ToString());
                break;
            case bool flag:
                Raw(flag ? "true"u8 : "false"u8);
                break;
            case double number:
                WriteAscii(PythonFloat.Repr(number));
                break;
            case float number:
                WriteAscii(PythonFloat.Repr(number));
                break;
            case Half number:
                WriteAscii(PythonFloat.Repr((float)number));
                break;
            case decimal number:
                // Flask's default() turns a Decimal into its str(): a JSON string, every digit kept.
                WriteString(number.ToString(CultureInfo.InvariantCulture));
                break;
            case Enum member:
                WriteAscii(Convert.ToDecimal(member, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture));
                break;
            case sbyte or byte or short or ushort or int or uint or long or ulong or Int128 or UInt128 or BigInteger or nint or nuint:
                WriteAscii(((IFormattable)value).ToString(null, CultureInfo.InvariantCulture));
                break;
            case DateTimeOffset instant:
                WriteTagged(" d", HttpDate.Format(instant));
                break;
            case DateTime instant:
                WriteTagged(" d", HttpDate.Format(instant));
                break;
            case DateOnly day:
                WriteString(HttpDate.Format(day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc)));
                break;
            case Guid id:
                if (Tagged)
                {
                    WriteTag(" u", id.ToString("N"));
                }
                else
                {
                    WriteString(id.ToString("D"));
                }
                break;
            case byte[] bytes:
                WriteTagged(" b", Convert.ToBase64String(bytes));
                break;
            default:
                WriteContainer(value);
                break;
        }
    }

    private void WriteContainer(object value)
    {
        if (!_open.Add(value))
        {
            throw new InvalidOperationException($"Circular reference detected: a {value.GetType().Name} contains itself, so it cannot be written as JSON.");
        }
        switch (value)
        {
            case ITuple tuple when Tagged:
                Raw("{\" t\":"u8);
                WriteArray(Enumerable.Range(0, tuple.Length).Select(i => tuple[i]));
                Raw("}"u8);
                break;
            case object?[] tuple when Tagged && tuple.GetType() == typeof(object[]):
                // Tuples read back from a session are object?[]; writing them as tuples again keeps the round trip exact.
                Raw("{\" t\":"u8);
                WriteArray(tuple);
                Raw("}"u8);
                break;
            case ITuple tuple:
                WriteArray(Enumerable.Range(0, tuple.Length).Select(i => tuple[i]));
                break;
            case IDictionary dictionary:
                WriteObject(Entries(dictionary));
                break;
            case IEnumerable<KeyValuePair<string, object?>> pairs:
                WriteObject(pairs.Select(pair => ((object)pair.Key, pair.Value)));
                break;
            case IEnumerable items:
                WriteArray(items.Cast<object?>());
                break;
            default:
                WriteObject(PropertiesOf(value.GetType()).Select(p => ((object)p.Name, p.Property.GetValue(value))));
                break;
        }
        _open.Remove(value);
    }

    // A generic dictionary enumerates KeyValuePairs; its IDictionaryEnumerator gives key and value whatever the types.
    private static IEnumerable<(object Key, object? Value)> Entries(IDictionary dictionary)
    {
        var entry = dictionary.GetEnumerator();
        while (entry.MoveNext())
        {
            yield return (entry.Key, entry.Value);
        }
    }

    private void WriteArray(IEnumerable<object?> items)
    {
        Raw("["u8);
        var first = true;
        foreach (var item in items)
        {
            if (!first)
            {
                Raw(","u8);
            }
            first = false;
            Write(item);
        }
        Raw("]"u8);
    }

    private void WriteObject(IEnumerable<(object Key, object? Value)> entries)
    {
        var sorted = SortByKey(entries.ToList());

        // A dictionary whose only key is a tag would read back as that tag: Flask wraps it in " di".
        var wrap = Tagged && sorted.Count == 1 && TagKeys.Contains(sorted[0].Key);
        if (wrap)
        {
            Raw("{\" di\":"u8);
        }
        Raw("{"u8);
        for (var i = 0; i < sorted.Count; i++)
        {
            if (i > 0)
            {
                Raw(","u8);
            }
            WriteString(wrap ? sorted[i].Key + "__" : sorted[i].Key);
            Raw(":"u8);
            Write(sorted[i].Value);
        }
        Raw("}"u8);
        if (wrap)
        {
            Raw("}"u8);
        }
    }

    // Python's sort_keys: strings by code point, integers by value (then written as strings).
    private static List<(string Key, object? Value)> SortByKey(List<(object Key, object? Value)> entries)
    {
        if (entries.All(e => e.Key is string))
        {
            return entries.Select(e => ((string)e.Key, e.Value)).OrderBy(e => e.Item1, CodePointComparer.Instance).ToList();
        }
        if (entries.All(e => e.Key is sbyte or byte or short or ushort or int or uint or long or ulong or BigInteger))
        {
            return entries
                .OrderBy(e => BigInteger.Parse(((IFormattable)e.Key).ToString(null, CultureInfo.InvariantCulture), CultureInfo.InvariantCulture))
                .Select(e => (((IFormattable)e.Key).ToString(null, CultureInfo.InvariantCulture), e.Value))
                .ToList();
        }
        throw new NotSupportedException("JSON object keys must be all strings or all integers, as Python's json.dumps(sort_keys=True) requires.");
    }

    private static (string Name, PropertyInfo Property)[] PropertiesOf(Type type) =>
        PropertiesByType.GetOrAdd(type, t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.GetIndexParameters().Length == 0 && p.GetMethod!.IsPublic)
            .Select(p => (p.Name, p))
            .ToArray());

    private void WriteTagged(string tag, string text)
    {
        if (Tagged)
        {
            WriteTag(tag, text);
        }
        else
        {
            WriteString(text);
        }
    }

    private void WriteTag(string tag, string text)
    {
        Raw("{"u8);
        WriteString(tag);
        Raw(":"u8);
        WriteString(text);
        Raw("}"u8);
    }

    // json.dumps(ensure_ascii=True): short escapes for the usual controls, \u00XX for the rest, every non-ASCII UTF-16 unit as \uxxxx.
    private void WriteString(string text)
    {
        var span = _output.GetSpan(text.Length * 6 + 2);
        var n = 0;
        span[n++] = (byte)'"';
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': span[n++] = (byte)'\\'; span[n++] = (byte)'"'; break;
                case '\\': span[n++] = (byte)'\\'; span[n++] = (byte)'\\'; break;
                case '\n': span[n++] = (byte)'\\'; span[n++] = (byte)'n'; break;
                case '\r': span[n++] = (byte)'\\'; span[n++] = (byte)'r'; break;
                case '\t': span[n++] = (byte)'\\'; span[n++] = (byte)'t'; break;
                case '\b': span[n++] = (byte)'\\'; span[n++] = (byte)'b'; break;
                case '\f': span[n++] = (byte)'\\'; span[n++] = (byte)'f'; break;
                case >= ' ' and <= '~': span[n++] = (byte)c; break;
                default:
                    span[n++] = (byte)'\\';
                    span[n++] = (byte)'u';
                    span[n++] = HexLower[c >> 12];
                    span[n++] = HexLower[(c >> 8) & 0xF];
                    span[n++] = HexLower[(c >> 4) & 0xF];
                    span[n++] = HexLower[c & 0xF];
                    break;
            }
        }
        span[n++] = (byte)'"';
        _output.Advance(n);
    }

    private void Raw(ReadOnlySpan<byte> bytes) => _output.Write(bytes);

    private void WriteAscii(string text) => Raw(Encoding.ASCII.GetBytes(text));
}
