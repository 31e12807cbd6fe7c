namespace Kube.Operator.Controller;

/// <summary>Runs one controller (informers, queue, workers) while its token is not cancelled.</summary>
internal interface IControllerRunner
{
    /// <summary>The entity kind.</summary>
    string Kind { get; }

    /// <summary>Runs until cancelled; may be started again afterwards (after leadership is regained).</summary>
    Task RunAsync(CancellationToken cancellationToken);
}
