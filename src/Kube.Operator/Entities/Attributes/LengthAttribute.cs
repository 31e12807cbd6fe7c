namespace Kube.Operator.Entities.Attributes;

/// <summary>String length bounds (schema <c>minLength</c>/<c>maxLength</c>); -1 leaves a bound out.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class LengthAttribute(long minLength = -1, long maxLength = -1) : Attribute
{
    /// <summary>Minimum length, or -1.</summary>
    public long MinLength { get; } = minLength;

    /// <summary>Maximum length, or -1.</summary>
    public long MaxLength { get; } = maxLength;
}
