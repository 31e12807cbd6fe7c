using System.Buffers;

namespace Prometheus;

/// <summary>A gauge metric family. Its own <see cref="IGauge"/> members act on <see cref="Collector{TChild}.Unlabelled"/>.</summary>
public sealed class Gauge : Collector<Gauge.Child>, IGauge
{
    internal Gauge(string name, string help, GaugeConfiguration configuration)
        : base(name, help, configuration.LabelNames, MetricType.Gauge, configuration.SuppressInitialValue)
    {
        InitializeUnlabelled();
    }

    /// <inheritdoc/>
    public double Value => Unlabelled.Value;

    /// <inheritdoc/>
    public void Inc(double increment = 1) => Unlabelled.Inc(increment);

    /// <inheritdoc/>
    public void Set(double val) => Unlabelled.Set(val);

    /// <inheritdoc/>
    public void Dec(double decrement = 1) => Unlabelled.Dec(decrement);

    /// <inheritdoc/>
    public void IncTo(double targetValue) => Unlabelled.IncTo(targetValue);

    /// <inheritdoc/>
    public void DecTo(double targetValue) => Unlabelled.DecTo(targetValue);

    /// <summary>Sets the unlabelled series to the current Unix time in seconds.</summary>
    public void SetToCurrentTimeUtc() => Unlabelled.SetToCurrentTimeUtc();

    /// <summary>Sets the unlabelled series to <paramref name="timestamp"/> as Unix time in seconds.</summary>
    /// <param name="timestamp">The time.</param>
    public void SetToTimeUtc(DateTimeOffset timestamp) => Unlabelled.SetToTimeUtc(timestamp);

    /// <summary>Marks the unlabelled series for export.</summary>
    public void Publish() => Unlabelled.Publish();

    /// <summary>Stops exporting the unlabelled series.</summary>
    public void Unpublish() => Unlabelled.Unpublish();

    private protected override Child NewChild(string[] labelValues, bool publish) => new(this, labelValues, publish);

    private protected override void SerializeChild(IBufferWriter<byte> output, Child child) =>
        TextFormat.WriteSample(output, NameBytes, default, child.LabelBytes, default, child.Value);

    /// <summary>One series of a gauge.</summary>
    public sealed class Child : ChildBase, IGauge
    {
        private double _value;

        internal Child(Gauge parent, string[] labelValues, bool publish)
            : base(parent, labelValues, publish, parent.RemoveChild)
        {
        }

        /// <inheritdoc/>
        public double Value => Volatile.Read(ref _value);

        /// <inheritdoc/>
        public void Inc(double increment = 1)
        {
            ThreadSafeDouble.Add(ref _value, increment);
            Publish();
        }

        /// <inheritdoc/>
        public void Set(double val)
        {
            Volatile.Write(ref _value, val);
            Publish();
        }

        /// <inheritdoc/>
        public void Dec(double decrement = 1) => Inc(-decrement);

        /// <inheritdoc/>
        public void IncTo(double targetValue)
        {
            ThreadSafeDouble.Max(ref _value, targetValue);
            Publish();
        }

        /// <inheritdoc/>
        public void DecTo(double targetValue)
        {
            ThreadSafeDouble.Min(ref _value, targetValue);
            Publish();
        }

        /// <summary>Sets the value to the current Unix time in seconds.</summary>
        public void SetToCurrentTimeUtc() => SetToTimeUtc(DateTimeOffset.UtcNow);

        /// <summary>Sets the value to <paramref name="timestamp"/> as Unix time in seconds.</summary>
        /// <param name="timestamp">The time.</param>
        public void SetToTimeUtc(DateTimeOffset timestamp) =>
            Set((timestamp - DateTimeOffset.UnixEpoch).Ticks / (double)TimeSpan.TicksPerSecond);
    }
}
