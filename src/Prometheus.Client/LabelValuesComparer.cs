namespace Prometheus;

/// <summary>Structural equality and ordinal order of label value arrays (the key of a series).</summary>
internal sealed class LabelValuesComparer : IEqualityComparer<string[]>, IComparer<string[]>
{
    public static readonly LabelValuesComparer Instance = new();

    public bool Equals(string[]? x, string[]? y) =>
        ReferenceEquals(x, y) || (x is not null && y is not null && x.AsSpan().SequenceEqual(y));

    public int GetHashCode(string[] obj)
    {
        var hash = new HashCode();
        foreach (var value in obj) hash.Add(value, StringComparer.Ordinal);
        return hash.ToHashCode();
    }

    public int Compare(string[]? x, string[]? y)
    {
        if (x is null || y is null) return (x is null ? 0 : 1) - (y is null ? 0 : 1);
        for (var i = 0; i < Math.Min(x.Length, y.Length); i++)
        {
            var order = string.CompareOrdinal(x[i], y[i]);
            if (order != 0) return order;
        }
        return x.Length.CompareTo(y.Length);
    }
}
