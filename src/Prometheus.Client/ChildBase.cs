namespace Prometheus;

/// <summary>One series of a metric: the values of one combination of label values.</summary>
public abstract class ChildBase : IDisposable
{
    private readonly Action<ChildBase> _remove;
    private bool _published;

    private protected ChildBase(Collector parent, string[] labelValues, bool publish, Action<ChildBase> remove)
    {
        LabelValues = labelValues;
        LabelBytes = TextFormat.EncodeLabels(parent.LabelNames, labelValues);
        _published = publish;
        _remove = remove;
    }

    internal string[] LabelValues { get; }

    /// <summary>The pre-encoded <c>a="x",b="y"</c> label list of this series.</summary>
    internal byte[] LabelBytes { get; }

    internal bool IsPublished => Volatile.Read(ref _published);

    /// <summary>
    /// Marks the series for export even before its first change (a series created with
    /// <see cref="MetricConfiguration.SuppressInitialValue"/> is exported once it is changed or published).
    /// </summary>
    public void Publish()
    {
        // Read before write: the common case (already published) then costs no cache-line invalidation.
        if (!Volatile.Read(ref _published)) Volatile.Write(ref _published, true);
    }

    /// <summary>Stops exporting the series, keeping its value; a later change or <see cref="Publish"/> exports it again.</summary>
    public void Unpublish() => Volatile.Write(ref _published, false);

    /// <summary>Removes the series from its metric; a later <c>WithLabels</c> creates a fresh one.</summary>
    public void Remove() => _remove(this);

    /// <summary>Same as <see cref="Remove"/>.</summary>
    public void Dispose()
    {
        Remove();
        GC.SuppressFinalize(this);
    }
}
