using k8s.Models;
using Kube.Operator.Controller;

namespace Kube.Operator.Benchmarks;

/// <summary>Records when a reconcile first sees each version of each ConfigMap; writes nothing.</summary>
public sealed class ConfigMapController(LatencyRecorder recorder) : IEntityController<V1ConfigMap>
{
    public Task<ReconciliationResult<V1ConfigMap>> ReconcileAsync(V1ConfigMap entity, CancellationToken cancellationToken)
    {
        if (entity.Data?.TryGetValue("v", out var version) == true)
            recorder.ReconcileStarted($"{entity.Metadata.NamespaceProperty}/{entity.Metadata.Name}", version);
        return Task.FromResult(ReconciliationResult<V1ConfigMap>.Success(entity));
    }
}
