using Kube.Operator.Client;
using Kube.Operator.Controller;
using Kube.Operator.Status;

namespace Kube.Operator.Tests.Support;

/// <summary>Copies spec.size into status through /status, skipping the write when it already matches.</summary>
public sealed class WidgetController(IKubernetesClient client, ReconcileLog log) : IEntityController<V1TestWidget>
{
    public async Task<ReconciliationResult<V1TestWidget>> ReconcileAsync(V1TestWidget entity, CancellationToken cancellationToken)
    {
        var key = $"{entity.Metadata.NamespaceProperty}/{entity.Metadata.Name}";
        using (log.Enter(key))
        {
            await Task.Yield(); // widen the window in which a second worker could wrongly enter
            var noOp = entity.Status.ObservedSize == entity.Spec.Size;
            var stored = await client.ReconcileStatusAsync(entity, w =>
            {
                w.Status.ObservedSize = w.Spec.Size;
                w.Status.Phase = "Ready";
            }, cancellationToken);
            log.LastSize[key] = entity.Spec.Size;
            if (noOp) log.NoOp[key] = true;
            return ReconciliationResult<V1TestWidget>.Success(stored);
        }
    }

    public Task<ReconciliationResult<V1TestWidget>> DeletedAsync(V1TestWidget entity, CancellationToken cancellationToken)
    {
        log.Deleted.AddOrUpdate($"{entity.Metadata.NamespaceProperty}/{entity.Metadata.Name}", 1, (_, n) => n + 1);
        return Task.FromResult(ReconciliationResult<V1TestWidget>.Success(entity));
    }
}
