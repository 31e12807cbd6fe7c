namespace Kube.Operator.Entities.Attributes;

/// <summary>A string property must match this ECMA-262 regular expression (schema <c>pattern</c>).</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class PatternAttribute(string regexPattern) : Attribute
{
    /// <summary>The regular expression.</summary>
    public string RegexPattern { get; } = regexPattern;
}
