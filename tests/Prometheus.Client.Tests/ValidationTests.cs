using Prometheus;

namespace Prometheus.Client.Tests;

public sealed class ValidationTests
{
    private readonly IMetricFactory _factory = Metrics.WithCustomRegistry(Metrics.NewCustomRegistry());

    [Theory]
    [InlineData("")]
    [InlineData("1starts_with_digit")]
    [InlineData("has-dash")]
    [InlineData("has space")]
    [InlineData("ünïcode")]
    [InlineData("dot.ted")]
    public void CreateCounter_InvalidMetricName_ArgumentExceptionNamingIt(string name)
    {
        var error = Assert.ThrowsAny<ArgumentException>(() => _factory.CreateCounter(name, "h"));
        Assert.Contains($"'{name}'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ok_name")]
    [InlineData("_leading_underscore")]
    [InlineData("recording:rule_name")]
    [InlineData(":colon_first")]
    [InlineData("CamelCase9")]
    public void CreateGauge_ValidMetricName_Accepted(string name) =>
        Assert.Equal(name, _factory.CreateGauge(name, "h").Name);

    [Theory]
    [InlineData("1digit")]
    [InlineData("has-dash")]
    [InlineData("with:colon")]
    [InlineData("__reserved")]
    [InlineData("")]
    public void CreateCounter_InvalidLabelName_ArgumentExceptionNamingIt(string label)
    {
        var error = Assert.ThrowsAny<ArgumentException>(() => _factory.CreateCounter("c_total", "h", "ok", label));
        Assert.Contains($"'{label}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CreateHistogram_LeLabel_ArgumentExceptionNamingIt()
    {
        var error = Assert.ThrowsAny<ArgumentException>(() => _factory.CreateHistogram("h_seconds", "h", "le"));
        Assert.Contains("'le'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CreateCounter_LeLabel_AllowedOutsideHistograms() =>
        Assert.Equal(["le"], _factory.CreateCounter("c_total", "h", "le").LabelNames);

    [Fact]
    public void CreateGauge_DuplicateLabelName_ArgumentException()
    {
        var error = Assert.ThrowsAny<ArgumentException>(() => _factory.CreateGauge("g", "h", "a", "a"));
        Assert.Contains("'a'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WithLabels_WrongNumberOfValues_ArgumentExceptionNamingMetricAndLabels()
    {
        var counter = _factory.CreateCounter("c_total", "h", "a", "b");

        var error = Assert.ThrowsAny<ArgumentException>(() => counter.WithLabels("only-one"));
        Assert.Contains("'c_total'", error.Message, StringComparison.Ordinal);
        Assert.Contains("a, b", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WithLabels_NullValue_ArgumentExceptionNamingLabel()
    {
        var counter = _factory.CreateCounter("c_total", "h", "a", "b");

        var error = Assert.ThrowsAny<ArgumentException>(() => counter.WithLabels("x", null!));
        Assert.Contains("'b'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unlabelled_OnLabelledMetric_InvalidOperationException() =>
        Assert.Throws<InvalidOperationException>(() => _factory.CreateCounter("c_total", "h", "a").Inc());

    [Fact]
    public void CreateCounter_SameNameTypeAndLabels_ReturnsExistingInstance()
    {
        var first = _factory.CreateCounter("c_total", "h", "a");
        var second = _factory.CreateCounter("c_total", "other help", "a");

        Assert.Same(first, second);
    }

    [Fact]
    public void CreateCounter_SameNameOtherLabels_InvalidOperationException()
    {
        _factory.CreateCounter("c_total", "h", "a");

        var error = Assert.Throws<InvalidOperationException>(() => _factory.CreateCounter("c_total", "h", "b"));
        Assert.Contains("'c_total'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CreateGauge_NameTakenByCounter_InvalidOperationException()
    {
        _factory.CreateCounter("shared", "h");

        var error = Assert.Throws<InvalidOperationException>(() => _factory.CreateGauge("shared", "h"));
        Assert.Contains("counter", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CreateHistogram_SameNameOtherBuckets_InvalidOperationException()
    {
        _factory.CreateHistogram("h_seconds", "h", new HistogramConfiguration { Buckets = [1, 2] });

        Assert.Same(_factory.CreateHistogram("h_seconds", "h", new HistogramConfiguration { Buckets = [1, 2, double.PositiveInfinity] }),
            _factory.CreateHistogram("h_seconds", "h", new HistogramConfiguration { Buckets = [1, 2] }));
        Assert.Throws<InvalidOperationException>(() => _factory.CreateHistogram("h_seconds", "h", new HistogramConfiguration { Buckets = [1, 3] }));
    }

    [Theory]
    [InlineData(new[] { 1.0, 1.0 })]
    [InlineData(new[] { 2.0, 1.0 })]
    [InlineData(new[] { 1.0, double.NaN })]
    [InlineData(new double[0])]
    public void CreateHistogram_BadBuckets_ArgumentExceptionNamingMetric(double[] buckets)
    {
        var error = Assert.ThrowsAny<ArgumentException>(() =>
            _factory.CreateHistogram("h_seconds", "h", new HistogramConfiguration { Buckets = buckets }));
        Assert.Contains("'h_seconds'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Counter_NegativeIncrement_ArgumentOutOfRange() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => _factory.CreateCounter("c_total", "h").Inc(-1));
}
