using Kube.Operator.Controller;
using Kube.Operator.Finalizer;

namespace Kube.Operator.Tests.Support;

/// <summary>Fails <see cref="ReconcileLog.FinalizerFailures"/> times, then succeeds.</summary>
public sealed class WidgetFinalizer(ReconcileLog log) : IEntityFinalizer<V1TestWidget>
{
    public const string Name = "test.kube-operator.dev/cleanup";

    public Task<ReconciliationResult<V1TestWidget>> FinalizeAsync(V1TestWidget entity, CancellationToken cancellationToken)
    {
        var attempt = log.NextFinalizeAttempt();
        if (attempt <= log.FinalizerFailures)
            return Task.FromResult(ReconciliationResult<V1TestWidget>.Failure(entity, $"external clean-up unavailable (attempt {attempt})"));
        log.Finalized.Enqueue(entity.Metadata.Name!);
        return Task.FromResult(ReconciliationResult<V1TestWidget>.Success(entity));
    }
}
