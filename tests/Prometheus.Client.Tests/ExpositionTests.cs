using Prometheus;

namespace Prometheus.Client.Tests;

public sealed class ExpositionTests
{
    private readonly CollectorRegistry _registry = Metrics.NewCustomRegistry();
    private IMetricFactory Factory => Metrics.WithCustomRegistry(_registry);

    [Fact]
    public async Task Export_UnlabelledCounter_HelpTypeAndZeroFromCreation()
    {
        Factory.CreateCounter("jobs_total", "Jobs run.");

        Assert.Equal("# HELP jobs_total Jobs run.\n# TYPE jobs_total counter\njobs_total 0\n", await Exposition.ExportAsync(_registry));
    }

    [Fact]
    public async Task Export_HelpWithBackslashAndNewline_Escaped()
    {
        Factory.CreateGauge("g", "a\\b\nc \"quoted\"").Set(1);

        Assert.Equal("# HELP g a\\\\b\\nc \"quoted\"\n# TYPE g gauge\ng 1\n", await Exposition.ExportAsync(_registry));
    }

    [Fact]
    public async Task Export_LabelValuesWithBackslashQuoteNewline_Escaped()
    {
        Factory.CreateCounter("c_total", "h", "path").WithLabels("C:\\dir \"x\"\nnext").Inc();

        Assert.Equal("# HELP c_total h\n# TYPE c_total counter\nc_total{path=\"C:\\\\dir \\\"x\\\"\\nnext\"} 1\n",
            await Exposition.ExportAsync(_registry));
    }

    [Fact]
    public async Task Export_UnicodeLabelValue_WrittenAsUtf8()
    {
        Factory.CreateGauge("g", "h", "city").WithLabels("São Paulo ☀").Set(2);

        Assert.Contains("g{city=\"São Paulo ☀\"} 2\n", await Exposition.ExportAsync(_registry));
    }

    [Theory]
    [InlineData(double.PositiveInfinity, "+Inf")]
    [InlineData(double.NegativeInfinity, "-Inf")]
    [InlineData(double.NaN, "NaN")]
    [InlineData(0.1, "0.1")]
    [InlineData(-2.5, "-2.5")]
    [InlineData(1e20, "1E+20")]
    [InlineData(1.5e-7, "1.5E-07")]
    [InlineData(123456789012, "123456789012")]
    [InlineData(0.30000000000000004, "0.30000000000000004")]
    public async Task Export_SpecialAndFractionalValues_GoParseableShortestRoundTrip(double value, string expected)
    {
        Factory.CreateGauge("g", "h").Set(value);

        Assert.EndsWith($"\ng {expected}\n", await Exposition.ExportAsync(_registry));
    }

    [Fact]
    public async Task Export_UnderGermanCulture_StillInvariant()
    {
        var previous = Thread.CurrentThread.CurrentCulture;
        Thread.CurrentThread.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
        try
        {
            Factory.CreateGauge("g", "h").Set(1234.5);
            Assert.EndsWith("\ng 1234.5\n", await Exposition.ExportAsync(_registry));
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = previous;
        }
    }

    [Fact]
    public async Task Export_Histogram_CumulativeBucketsInfSumCount()
    {
        var histogram = Factory.CreateHistogram("req_duration_seconds", "Request time.",
            new HistogramConfiguration { Buckets = [0.1, 0.5, 1] });
        histogram.Observe(0.05);
        histogram.Observe(0.1); // on the bound: counted in le="0.1" (upper bounds are inclusive)
        histogram.Observe(0.7);
        histogram.Observe(3);

        Assert.Equal(
            "# HELP req_duration_seconds Request time.\n" +
            "# TYPE req_duration_seconds histogram\n" +
            "req_duration_seconds_bucket{le=\"0.1\"} 2\n" +
            "req_duration_seconds_bucket{le=\"0.5\"} 2\n" +
            "req_duration_seconds_bucket{le=\"1\"} 3\n" +
            "req_duration_seconds_bucket{le=\"+Inf\"} 4\n" +
            "req_duration_seconds_sum 3.85\n" +
            "req_duration_seconds_count 4\n",
            await Exposition.ExportAsync(_registry));
    }

    [Fact]
    public async Task Export_LabelledHistogram_SeriesLabelsBeforeLe()
    {
        var histogram = Factory.CreateHistogram("h_seconds", "h", ["kind"], new HistogramConfiguration { Buckets = [1, double.PositiveInfinity] });
        histogram.WithLabels("a").Observe(2, 3);

        Assert.Equal(
            "# HELP h_seconds h\n# TYPE h_seconds histogram\n" +
            "h_seconds_bucket{kind=\"a\",le=\"1\"} 0\n" +
            "h_seconds_bucket{kind=\"a\",le=\"+Inf\"} 3\n" +
            "h_seconds_sum{kind=\"a\"} 6\n" +
            "h_seconds_count{kind=\"a\"} 3\n",
            await Exposition.ExportAsync(_registry));
    }

    [Fact]
    public async Task Export_DefaultBuckets_FiveMillisecondsToTenSecondsThenInf()
    {
        Factory.CreateHistogram("d_seconds", "h");

        var les = (await Exposition.ExportAsync(_registry)).Split('\n')
            .Where(l => l.StartsWith("d_seconds_bucket", StringComparison.Ordinal))
            .Select(l => l[(l.IndexOf("le=\"", StringComparison.Ordinal) + 4)..l.IndexOf("\"}", StringComparison.Ordinal)]);
        Assert.Equal(["0.005", "0.01", "0.025", "0.05", "0.075", "0.1", "0.25", "0.5", "0.75", "1", "2.5", "5", "7.5", "10", "+Inf"], les);
    }

    [Fact]
    public async Task Export_LabelsInDeclaredOrder_SeriesSortedByValues_FamiliesByName()
    {
        var counter = Factory.CreateCounter("z_total", "z", "zone", "app");
        counter.WithLabels("b", "x").Inc(2);
        counter.WithLabels("a", "y").Inc();
        counter.WithLabels("a", "x").Inc(3);
        Factory.CreateGauge("a_gauge", "a").Set(5);

        Assert.Equal(
            "# HELP a_gauge a\n# TYPE a_gauge gauge\na_gauge 5\n" +
            "# HELP z_total z\n# TYPE z_total counter\n" +
            "z_total{zone=\"a\",app=\"x\"} 3\n" +
            "z_total{zone=\"a\",app=\"y\"} 1\n" +
            "z_total{zone=\"b\",app=\"x\"} 2\n",
            await Exposition.ExportAsync(_registry));
    }

    [Fact]
    public async Task Export_LabelledMetricWithoutSeries_WritesNothing()
    {
        Factory.CreateCounter("empty_total", "h", "a");

        Assert.Equal("", await Exposition.ExportAsync(_registry));
    }

    [Fact]
    public async Task Export_SuppressInitialValue_SeriesAppearsOnlyAfterFirstChange()
    {
        var gauge = Factory.CreateGauge("g", "h", new GaugeConfiguration { SuppressInitialValue = true, LabelNames = ["k"] });
        var child = gauge.WithLabels("v");
        Assert.Equal("", await Exposition.ExportAsync(_registry));

        child.Set(0);
        Assert.Equal("# HELP g h\n# TYPE g gauge\ng{k=\"v\"} 0\n", await Exposition.ExportAsync(_registry));
    }

    [Fact]
    public async Task Export_RemoveLabelled_SeriesGoneAndRecreatedFromZero()
    {
        var counter = Factory.CreateCounter("c_total", "h", "campaign");
        counter.WithLabels("one").Inc(5);
        counter.WithLabels("two").Inc(1);

        counter.RemoveLabelled("one");
        Assert.Equal("# HELP c_total h\n# TYPE c_total counter\nc_total{campaign=\"two\"} 1\n", await Exposition.ExportAsync(_registry));
        Assert.Equal([["two"]], counter.GetAllLabelValues());
        Assert.Equal(0, counter.WithLabels("one").Value);
    }

    [Fact]
    public async Task Export_BeforeCollectCallbacks_RunBeforeEachCollection()
    {
        var gauge = Factory.CreateGauge("items", "h");
        var state = 0;
        _registry.AddBeforeCollectCallback(() => gauge.Set(++state));
        _registry.AddBeforeCollectCallback(async ct =>
        {
            await Task.Yield();
            gauge.Inc(100);
        });

        Assert.EndsWith("\nitems 101\n", await Exposition.ExportAsync(_registry));
        Assert.EndsWith("\nitems 102\n", await Exposition.ExportAsync(_registry));
    }

    [Fact]
    public async Task Export_FailingCallback_ThrowsAndWritesNothing()
    {
        Factory.CreateGauge("g", "h");
        _registry.AddBeforeCollectCallback(() => throw new InvalidOperationException("state unavailable"));
        using var stream = new MemoryStream();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => _registry.CollectAndExportAsTextAsync(stream, CancellationToken.None));
        Assert.Equal("state unavailable", error.Message);
        Assert.Equal(0, stream.Length);
    }
}
