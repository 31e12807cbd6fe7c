using k8s;
using k8s.Models;

namespace Kube.Operator.Events;

/// <summary>
/// Records a Kubernetes Event about <paramref name="entity"/> (KubeOps' delegate of the same name). The
/// same reason and message for the same object within the aggregation window bump <c>count</c> and
/// <c>lastTimestamp</c> of one Event instead of creating another. Failures are logged, not thrown.
/// </summary>
/// <param name="entity">The object the event is about.</param>
/// <param name="reason">Short CamelCase reason, e.g. <c>JobCreated</c>.</param>
/// <param name="message">Human-readable text.</param>
/// <param name="type">Normal or Warning.</param>
/// <param name="cancellationToken">Cancels the write.</param>
/// <returns>A task that completes when the event is written (or the failure logged).</returns>
public delegate Task EventPublisher(IKubernetesObject<V1ObjectMeta> entity, string reason, string message,
    EventType type = EventType.Normal, CancellationToken cancellationToken = default);
