using System.Globalization;
using System.Text.RegularExpressions;
using EconSecGraph.Graph.Values;
using EconSecGraph.Seed.Schema;
using EconSecGraph.Seed.Yaml;
using YamlDotNet.RepresentationModel;

namespace EconSecGraph.Seed.Validation;

internal sealed partial class ValidationRun
{
    private static readonly string[] s_precisions = ["year", "month", "day"];

    /// <summary>Converts one YAML value to its Cypher value per the spec, or reports why it cannot.</summary>
    private CypherValue? ReadValue(PropertySpec spec, YamlNode node, string file, string owner)
    {
        var where = YamlText.Location(file, node);
        var what = $"{owner}: '{spec.Name}'";
        switch (spec.Type)
        {
            case PropertyType.StringList or PropertyType.ReferenceList or PropertyType.SourceList:
                return ReadList(spec, node, file, what);
        }
        var text = YamlText.Scalar(node);
        if (text is null)
        {
            Add(
                SeedProblemCodes.BadValue,
                where,
                $"{what} must be a single {spec.TypeName}, but it is {YamlText.KindName(node)}.",
                "Write the value on the same line after the colon."
            );
            return null;
        }
        if (string.IsNullOrWhiteSpace(text))
        {
            Add(SeedProblemCodes.BadValue, where, $"{what} is empty.", "Give a value or leave the property out.");
            return null;
        }
        switch (spec.Type)
        {
            case PropertyType.Integer:
                if (
                    !YamlText.IsPlain(node)
                    || !long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l)
                )
                {
                    Add(
                        SeedProblemCodes.BadValue,
                        where,
                        $"{what} must be a whole number, not '{text}'.",
                        "Write digits only, without quotes."
                    );
                    return null;
                }
                return CheckRange(spec, l, where, what) ? CypherInteger.Of(l) : null;

            case PropertyType.Number:
                if (
                    !YamlText.IsPlain(node)
                    || !decimal.TryParse(
                        text,
                        NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
                        CultureInfo.InvariantCulture,
                        out var m
                    )
                )
                {
                    Add(
                        SeedProblemCodes.BadAmount,
                        where,
                        $"{what} must be a number, not '{text}'.",
                        "Write the number itself, without quotes, commas or units (2,500億円 is 250000000000)."
                    );
                    return null;
                }
                if (!CheckRange(spec, m, where, what))
                {
                    return null;
                }
                return m == decimal.Truncate(m) && m is >= long.MinValue and <= long.MaxValue
                    ? CypherInteger.Of((long)m)
                    : new CypherFloat((double)m);

            case PropertyType.Boolean:
                if (YamlText.IsPlain(node) && text is "true" or "false")
                {
                    return CypherBoolean.Of(string.Equals(text, "true", StringComparison.Ordinal));
                }
                Add(
                    SeedProblemCodes.BadValue,
                    where,
                    $"{what} must be true or false, not '{text}'.",
                    "Write true or false without quotes."
                );
                return null;

            case PropertyType.Url:
                if (!IsGoodUrl(text))
                {
                    Add(
                        SeedProblemCodes.BadUrl,
                        where,
                        $"{what} '{text}' is not an absolute http(s) URL.",
                        "Copy the full link starting with https:// (no spaces, no text around it)."
                    );
                    return null;
                }
                return new CypherString(text);

            case PropertyType.Date:
                if (PartialDate.TryParse(text) is null)
                {
                    Add(
                        SeedProblemCodes.BadDate,
                        where,
                        $"{what} '{text}' is not an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD with a real month and day).",
                        "Write e.g. '2021-04-27', '2021-04' or '2021' in quotes; fiscal years go to fiscalYear."
                    );
                    return null;
                }
                return new CypherString(text);

            case PropertyType.Precision:
                if (!s_precisions.Contains(text, StringComparer.Ordinal))
                {
                    Add(
                        SeedProblemCodes.BadDate,
                        where,
                        $"{what} must be year, month or day, not '{text}'.",
                        "Write the precision of the date next to it."
                    );
                    return null;
                }
                return new CypherString(text);

            case PropertyType.Time:
                if (!IsTime(text))
                {
                    Add(
                        SeedProblemCodes.BadValue,
                        where,
                        $"{what} must be a time HH:MM, not '{text}'.",
                        "Write e.g. '05:00' in quotes."
                    );
                    return null;
                }
                return new CypherString(text);

            default:
                return CheckString(spec, text, where, what) ? new CypherString(text) : null;
        }
    }

    private CypherList? ReadList(PropertySpec spec, YamlNode node, string file, string what)
    {
        var where = YamlText.Location(file, node);
        if (node is not YamlSequenceNode seq)
        {
            Add(
                SeedProblemCodes.BadValue,
                where,
                $"{what} must be a list ({spec.TypeName}), but it is {YamlText.KindName(node)}.",
                "Write [a, b] or one '- item' per line."
            );
            return null;
        }
        if (seq.Children.Count == 0)
        {
            Add(
                spec.Type == PropertyType.SourceList ? SeedProblemCodes.MissingSources : SeedProblemCodes.BadValue,
                where,
                $"{what} is an empty list.",
                spec.Type == PropertyType.SourceList ? "Name at least one source." : "Leave the property out instead."
            );
            return null;
        }
        var items = new List<CypherValue>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in seq.Children)
        {
            var text = YamlText.Scalar(item);
            var itemWhere = YamlText.Location(file, item);
            if (string.IsNullOrWhiteSpace(text))
            {
                Add(
                    SeedProblemCodes.BadValue,
                    itemWhere,
                    $"{what} has an empty or nested item.",
                    "Each item is one non-empty text."
                );
                continue;
            }
            if (!seen.Add(text))
            {
                Add(SeedProblemCodes.BadValue, itemWhere, $"{what} lists '{text}' twice.", "Remove the repeated item.");
                continue;
            }
            if (CheckString(spec, text, itemWhere, what))
            {
                items.Add(new CypherString(text));
            }
        }
        return items.Count == seq.Children.Count ? new CypherList(items) : null;
    }

    private bool CheckString(PropertySpec spec, string text, Model.SourceLocation where, string what)
    {
        if (!string.Equals(text, text.Trim(), StringComparison.Ordinal))
        {
            Add(SeedProblemCodes.BadValue, where, $"{what} has leading or trailing spaces.", "Remove them.");
            return false;
        }
        if (spec.Enum is { } allowed && !allowed.Contains(text, StringComparer.Ordinal))
        {
            Add(
                SeedProblemCodes.BadValue,
                where,
                $"{what} '{text}' is not one of: {string.Join(", ", allowed)}.",
                Suggestions.DidYouMean(text, allowed, "Pick one of the listed values (README.md explains them).")
            );
            return false;
        }
        if (
            spec.Pattern is { } pattern
            && !Regex.IsMatch(text, pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1))
        )
        {
            Add(
                SeedProblemCodes.BadValue,
                where,
                $"{what} '{text}' does not match {pattern}.",
                "See schema.yaml for the expected form."
            );
            return false;
        }
        return true;
    }

    private bool CheckRange(PropertySpec spec, decimal value, Model.SourceLocation where, string what)
    {
        if ((spec.Min is { } min && value < min) || (spec.Max is { } max && value > max))
        {
            Add(
                spec.Type == PropertyType.Number ? SeedProblemCodes.BadAmount : SeedProblemCodes.BadValue,
                where,
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"{what} {value} is out of range ({spec.Min?.ToString(CultureInfo.InvariantCulture) ?? "…"} to {spec.Max?.ToString(CultureInfo.InvariantCulture) ?? "…"})."
                ),
                "Check the number."
            );
            return false;
        }
        return true;
    }

    private static bool IsGoodUrl(string text) =>
        !text.Any(char.IsWhiteSpace)
        && Uri.TryCreate(text, UriKind.Absolute, out var uri)
        && (
            string.Equals(uri.Scheme, Uri.UriSchemeHttps, StringComparison.Ordinal)
            || string.Equals(uri.Scheme, Uri.UriSchemeHttp, StringComparison.Ordinal)
        )
        && !string.IsNullOrEmpty(uri.Host)
        && uri.Host.Contains('.', StringComparison.Ordinal);

    private static bool IsTime(string text) =>
        text.Length == 5
        && text[2] == ':'
        && int.TryParse(text.AsSpan(0, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var h)
        && int.TryParse(text.AsSpan(3, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var m)
        && h is >= 0 and < 24
        && m is >= 0 and < 60;
}
