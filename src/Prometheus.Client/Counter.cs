using System.Buffers;

namespace Prometheus;

/// <summary>A counter metric family. Its own <see cref="ICounter"/> members act on <see cref="Collector{TChild}.Unlabelled"/>.</summary>
public sealed class Counter : Collector<Counter.Child>, ICounter
{
    internal Counter(string name, string help, CounterConfiguration configuration)
        : base(name, help, configuration.LabelNames, MetricType.Counter, configuration.SuppressInitialValue)
    {
        InitializeUnlabelled();
    }

    /// <inheritdoc/>
    public double Value => Unlabelled.Value;

    /// <inheritdoc/>
    public void Inc(double increment = 1) => Unlabelled.Inc(increment);

    /// <inheritdoc/>
    public void IncTo(double targetValue) => Unlabelled.IncTo(targetValue);

    /// <summary>Marks the unlabelled series for export.</summary>
    public void Publish() => Unlabelled.Publish();

    /// <summary>Stops exporting the unlabelled series.</summary>
    public void Unpublish() => Unlabelled.Unpublish();

    private protected override Child NewChild(string[] labelValues, bool publish) => new(this, labelValues, publish);

    private protected override void SerializeChild(IBufferWriter<byte> output, Child child) =>
        TextFormat.WriteSample(output, NameBytes, default, child.LabelBytes, default, child.Value);

    /// <summary>One series of a counter.</summary>
    public sealed class Child : ChildBase, ICounter
    {
        private double _value;

        internal Child(Counter parent, string[] labelValues, bool publish)
            : base(parent, labelValues, publish, parent.RemoveChild)
        {
        }

        /// <inheritdoc/>
        public double Value => Volatile.Read(ref _value);

        /// <inheritdoc/>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="increment"/> is negative.</exception>
        public void Inc(double increment = 1)
        {
            if (increment < 0)
                throw new ArgumentOutOfRangeException(nameof(increment), increment, "Counter value cannot decrease.");
            ThreadSafeDouble.Add(ref _value, increment);
            Publish();
        }

        /// <inheritdoc/>
        public void IncTo(double targetValue)
        {
            ThreadSafeDouble.Max(ref _value, targetValue);
            Publish();
        }
    }
}
