using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ContinuousMl.Metrics;

/// <summary>
/// Types a YAML scalar by the YAML 1.2 core schema, as ruamel.yaml (DVC's reader) does: quoted scalars and
/// <c>!!str</c> are strings; plain ones may be null, booleans, integers (decimal, <c>0o</c>, <c>0x</c>) or floats
/// (including <c>.inf</c> and <c>.nan</c>).
/// </summary>
internal static class YamlScalars
{
    private const string StringTag = "tag:yaml.org,2002:str";

    public static MetricValue Resolve(YamlScalarNode node)
    {
        var text = node.Value ?? string.Empty;
        var explicitString = !node.Tag.IsEmpty && node.Tag.Value == StringTag;
        if (explicitString || node.Style is not (ScalarStyle.Plain or ScalarStyle.Any))
        {
            return MetricValue.String(text);
        }

        switch (text)
        {
            case "" or "~" or "null" or "Null" or "NULL":
                return MetricValue.Null;
            case "true" or "True" or "TRUE":
                return MetricValue.True;
            case "false" or "False" or "FALSE":
                return MetricValue.False;
        }

        if (TryRadixInteger(text, out var radixValue))
        {
            return radixValue;
        }

        if (MetricValue.TryParseNumber(text, out var number) && IsCoreSchemaNumber(text))
        {
            return number;
        }

        return MetricValue.String(text);
    }

    // TryParseNumber is more lenient than YAML: unquoted "nan" or "inf" is a string in YAML, ".nan" and ".inf" are not.
    private static bool IsCoreSchemaNumber(string text)
    {
        if (text is ".nan" or ".NaN" or ".NAN")
        {
            return true;
        }

        var body = text[0] is '-' or '+' ? text[1..] : text;
        if (body is ".inf" or ".Inf" or ".INF")
        {
            return true;
        }

        return body.Length > 0 && (char.IsAsciiDigit(body[0]) || (body[0] == '.' && body.Length > 1 && char.IsAsciiDigit(body[1])));
    }

    private static bool TryRadixInteger(string text, out MetricValue value)
    {
        value = MetricValue.Null;
        if (text.Length < 3 || text[0] != '0' || text[1] is not ('x' or 'o'))
        {
            return false;
        }

        var digits = text.AsSpan(2);
        ulong parsed;
        if (text[1] == 'x')
        {
            if (!ulong.TryParse(digits, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out parsed))
            {
                return false;
            }
        }
        else
        {
            parsed = 0;
            foreach (var c in digits)
            {
                if (c is < '0' or > '7' || parsed > ulong.MaxValue / 8)
                {
                    return false;
                }

                parsed = (parsed * 8) + (ulong)(c - '0');
            }
        }

        value = MetricValue.Number(text, parsed, parsed, isInteger: true);
        return true;
    }
}
