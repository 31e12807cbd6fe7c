namespace Kube.Operator.Entities.Attributes;

/// <summary>When <c>kubectl get</c> shows a column.</summary>
public enum PrinterColumnPriority
{
    /// <summary>Always (priority 0).</summary>
    StandardView = 0,

    /// <summary>Only with <c>-o wide</c> (priority 1).</summary>
    WideView = 1,
}
