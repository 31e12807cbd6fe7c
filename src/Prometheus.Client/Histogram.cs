using System.Buffers;
using System.Globalization;
using System.Text;

namespace Prometheus;

/// <summary>A histogram metric family. Its own <see cref="IHistogram"/> members act on <see cref="Collector{TChild}.Unlabelled"/>.</summary>
public sealed class Histogram : Collector<Histogram.Child>, IHistogram
{
    /// <summary>The prometheus-net (and Go client) default bounds, in seconds: 5 ms to 10 s.</summary>
    internal static readonly double[] DefaultBuckets = [.005, .01, .025, .05, .075, .1, .25, .5, .75, 1, 2.5, 5, 7.5, 10];

    private readonly double[] _upperBounds;
    private readonly byte[][] _bucketLabels;

    internal Histogram(string name, string help, HistogramConfiguration configuration)
        : base(name, help, configuration.LabelNames, MetricType.Histogram, configuration.SuppressInitialValue)
    {
        _upperBounds = ValidateBuckets(name, configuration.Buckets ?? DefaultBuckets);
        _bucketLabels = [.. _upperBounds.Select(b => Encoding.UTF8.GetBytes($"le=\"{TextFormat.FormatDouble(b)}\""))];
        InitializeUnlabelled();
    }

    /// <inheritdoc/>
    public double Sum => Unlabelled.Sum;

    /// <inheritdoc/>
    public long Count => Unlabelled.Count;

    /// <inheritdoc/>
    public void Observe(double val) => Unlabelled.Observe(val);

    /// <inheritdoc/>
    public void Observe(double val, long count) => Unlabelled.Observe(val, count);

    /// <summary>Marks the unlabelled series for export.</summary>
    public void Publish() => Unlabelled.Publish();

    /// <summary>Stops exporting the unlabelled series.</summary>
    public void Unpublish() => Unlabelled.Unpublish();

    /// <summary><paramref name="count"/> bounds: <paramref name="start"/>, then each <paramref name="factor"/> times the previous.</summary>
    /// <param name="start">The first upper bound (&gt; 0).</param>
    /// <param name="factor">The growth factor (&gt; 1).</param>
    /// <param name="count">How many bounds (&gt;= 1).</param>
    /// <exception cref="ArgumentException">An argument is out of range.</exception>
    public static double[] ExponentialBuckets(double start, double factor, int count)
    {
        if (count <= 0) throw new ArgumentException($"Bucket count must be positive, was {count}.", nameof(count));
        if (!(start > 0)) throw new ArgumentException($"Bucket start must be positive, was {start}.", nameof(start));
        if (!(factor > 1)) throw new ArgumentException($"Bucket factor must be greater than 1, was {factor}.", nameof(factor));
        var buckets = new double[count];
        for (var i = 0; i < count; i++) buckets[i] = start * Math.Pow(factor, i);
        return buckets;
    }

    /// <summary><paramref name="count"/> bounds: <paramref name="start"/>, then each <paramref name="width"/> above the previous.</summary>
    /// <param name="start">The first upper bound.</param>
    /// <param name="width">The distance between bounds (&gt; 0).</param>
    /// <param name="count">How many bounds (&gt;= 1).</param>
    /// <exception cref="ArgumentException">An argument is out of range.</exception>
    public static double[] LinearBuckets(double start, double width, int count)
    {
        if (count <= 0) throw new ArgumentException($"Bucket count must be positive, was {count}.", nameof(count));
        if (!(width > 0)) throw new ArgumentException($"Bucket width must be positive, was {width}.", nameof(width));
        var buckets = new double[count];
        for (var i = 0; i < count; i++) buckets[i] = start + (i * width);
        return buckets;
    }

    internal override bool IsCompatible(MetricType type, string[] labelNames, double[]? buckets) =>
        base.IsCompatible(type, labelNames, buckets)
        && ValidateBuckets(Name, buckets ?? DefaultBuckets).AsSpan().SequenceEqual(_upperBounds);

    private protected override Child NewChild(string[] labelValues, bool publish) => new(this, labelValues, publish);

    private protected override void SerializeChild(IBufferWriter<byte> output, Child child)
    {
        long cumulative = 0;
        for (var i = 0; i < _upperBounds.Length; i++)
        {
            cumulative += child.BucketCount(i);
            TextFormat.WriteSample(output, NameBytes, "_bucket"u8, child.LabelBytes, _bucketLabels[i], cumulative);
        }
        TextFormat.WriteSample(output, NameBytes, "_sum"u8, child.LabelBytes, default, child.Sum);
        // _count from the same bucket reads as le="+Inf", so the two always agree within one scrape.
        TextFormat.WriteSample(output, NameBytes, "_count"u8, child.LabelBytes, default, cumulative);
    }

    private static double[] ValidateBuckets(string name, double[] buckets)
    {
        if (buckets.Length == 0) throw new ArgumentException($"Histogram '{name}' needs at least one bucket.", nameof(buckets));
        for (var i = 0; i < buckets.Length; i++)
        {
            if (double.IsNaN(buckets[i]))
                throw new ArgumentException($"Histogram '{name}': bucket {i} is NaN.", nameof(buckets));
            if (i > 0 && !(buckets[i] > buckets[i - 1]))
                throw new ArgumentException(
                    $"Histogram '{name}': buckets must be strictly increasing, but bucket {i} ({buckets[i].ToString(CultureInfo.InvariantCulture)}) " +
                    $"follows {buckets[i - 1].ToString(CultureInfo.InvariantCulture)}.", nameof(buckets));
        }
        return double.IsPositiveInfinity(buckets[^1]) ? [.. buckets] : [.. buckets, double.PositiveInfinity];
    }

    /// <summary>One series of a histogram.</summary>
    public sealed class Child : ChildBase, IHistogram
    {
        private readonly double[] _upperBounds;
        private readonly long[] _bucketCounts; // per bucket, not cumulative: one increment per observation
        private double _sum;

        internal Child(Histogram parent, string[] labelValues, bool publish)
            : base(parent, labelValues, publish, parent.RemoveChild)
        {
            _upperBounds = parent._upperBounds;
            _bucketCounts = new long[_upperBounds.Length];
        }

        /// <inheritdoc/>
        public double Sum => Volatile.Read(ref _sum);

        /// <inheritdoc/>
        public long Count
        {
            get
            {
                long count = 0;
                for (var i = 0; i < _bucketCounts.Length; i++) count += Interlocked.Read(ref _bucketCounts[i]);
                return count;
            }
        }

        /// <inheritdoc/>
        public void Observe(double val) => Observe(val, 1);

        /// <inheritdoc/>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
        public void Observe(double val, long count)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(count);
            if (double.IsNaN(val)) return;
            Interlocked.Add(ref _bucketCounts[BucketIndex(val)], count);
            ThreadSafeDouble.Add(ref _sum, val * count);
            Publish();
        }

        internal long BucketCount(int index) => Interlocked.Read(ref _bucketCounts[index]);

        // The first bucket whose upper bound is >= val (bounds are inclusive: le means "less or equal").
        private int BucketIndex(double val)
        {
            int low = 0, high = _upperBounds.Length - 1;
            while (low < high)
            {
                var mid = (low + high) >>> 1;
                if (val <= _upperBounds[mid]) high = mid;
                else low = mid + 1;
            }
            return low;
        }
    }
}
