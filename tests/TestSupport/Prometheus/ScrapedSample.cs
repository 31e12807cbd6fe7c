namespace TestSupport.Prometheus;

/// <summary>One sample line of a text-format scrape: <c>name{a="x",b="y"} value</c>.</summary>
public sealed record ScrapedSample(string Name, IReadOnlyDictionary<string, string> Labels, double Value)
{
    /// <summary>Every sample of a scrape (comment lines skipped).</summary>
    public static IReadOnlyList<ScrapedSample> ParseAll(string text) =>
        [.. text.Split('\n').Where(l => l.Length > 0 && l[0] != '#').Select(Parse)];

    /// <summary>Whether the sample carries <paramref name="label"/>=<paramref name="value"/>.</summary>
    public bool Has(string label, string value) => Labels.TryGetValue(label, out var v) && v == value;

    private static ScrapedSample Parse(string line)
    {
        var space = line.LastIndexOf(' ');
        var value = line[(space + 1)..] switch
        {
            "+Inf" => double.PositiveInfinity,
            "-Inf" => double.NegativeInfinity,
            var v => double.Parse(v, System.Globalization.CultureInfo.InvariantCulture),
        };
        var series = line[..space];
        var brace = series.IndexOf('{');
        if (brace < 0) return new(series, new Dictionary<string, string>(), value);
        var labels = new Dictionary<string, string>();
        var i = brace + 1;
        while (series[i] != '}')
        {
            var eq = series.IndexOf('=', i);
            var name = series[i..eq];
            var text = new System.Text.StringBuilder();
            for (i = eq + 2; series[i] != '"'; i++)
            {
                if (series[i] == '\\')
                    text.Append(series[++i] switch { 'n' => '\n', var c => c });
                else
                    text.Append(series[i]);
            }
            labels[name] = text.ToString();
            i++;
            if (series[i] == ',') i++;
        }
        return new(series[..brace], labels, value);
    }
}
