using System.Security.Cryptography;
using System.Text;
using k8s;
using k8s.Autorest;
using k8s.Models;
using Kube.Operator.Client;
using Kube.Operator.Informer;
using Microsoft.Extensions.Logging;

namespace Kube.Operator.Events;

/// <summary>
/// Writes core/v1 Events and aggregates repeats: the Event's name is derived from the involved object's
/// uid, the type, reason and message, so a repeat finds the earlier Event and, within
/// <see cref="OperatorSettings.EventAggregationWindow"/>, bumps its <c>count</c> and <c>lastTimestamp</c>
/// instead of adding one more (after the window the Event starts over at count 1).
/// </summary>
/// <param name="client">The client.</param>
/// <param name="settings">Operator name (the Event source) and aggregation window.</param>
/// <param name="time">Clock for timestamps and the window.</param>
/// <param name="logger">Logs failures, which are never thrown.</param>
public sealed class KubernetesEventRecorder(IKubernetesClient client, OperatorSettings settings, TimeProvider time,
    ILogger<KubernetesEventRecorder> logger)
{
    /// <summary>Records (or aggregates) an event; see <see cref="EventPublisher"/>.</summary>
    /// <param name="entity">The object the event is about.</param>
    /// <param name="reason">Short CamelCase reason.</param>
    /// <param name="message">Human-readable text.</param>
    /// <param name="type">Normal or Warning.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the event is written or the failure logged.</returns>
    public async Task PublishAsync(IKubernetesObject<V1ObjectMeta> entity, string reason, string message,
        EventType type = EventType.Normal, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entity);
        ArgumentException.ThrowIfNullOrEmpty(reason);
        message ??= "";
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    await WriteAsync(entity, reason, message, type, cancellationToken);
                    return;
                }
                catch (HttpOperationException ex) when ((ex.IsConflict() || ex.IsAlreadyExists()) && attempt < 3)
                {
                    // Another writer bumped or created it first: read again and count on top of theirs.
                }
            }
        }
        catch (Exception ex) when (ex is HttpOperationException or HttpRequestException or k8s.Exceptions.KubernetesClientException)
        {
            Log.EventFailed(logger, reason, entity.Kind, ObjectKey.Of(entity), ex);
        }
    }

    /// <summary>The deterministic Event name for one object, type, reason and message.</summary>
    /// <param name="entity">The involved object.</param>
    /// <param name="reason">The reason.</param>
    /// <param name="message">The message.</param>
    /// <param name="type">The type.</param>
    /// <returns><c>{name}.{16 hex digits}</c>.</returns>
    public static string EventName(IKubernetesObject<V1ObjectMeta> entity, string reason, string message, EventType type)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var identity = string.Join('\n', entity.Metadata.Uid ?? entity.Metadata.Name, entity.Kind, type, reason, message);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(identity)))[..16];
        var prefix = entity.Metadata.Name ?? "object";
        // Event names are DNS subdomains (≤253); keep the object's name readable and the hash whole.
        if (prefix.Length > 200) prefix = prefix[..200];
        return $"{prefix}.{hash}";
    }

    private async Task WriteAsync(IKubernetesObject<V1ObjectMeta> entity, string reason, string message, EventType type,
        CancellationToken cancellationToken)
    {
        var ns = entity.Metadata.NamespaceProperty is { Length: > 0 } n ? n : "default";
        var name = EventName(entity, reason, message, type);
        var now = time.GetUtcNow().UtcDateTime;
        var existing = await client.GetAsync<Corev1Event>(name, ns, cancellationToken);
        if (existing is null)
        {
            await client.CreateAsync(new Corev1Event
            {
                Metadata = new V1ObjectMeta { Name = name, NamespaceProperty = ns },
                InvolvedObject = new V1ObjectReference
                {
                    ApiVersion = entity.ApiVersion, Kind = entity.Kind, Name = entity.Metadata.Name,
                    NamespaceProperty = entity.Metadata.NamespaceProperty, Uid = entity.Metadata.Uid,
                    ResourceVersion = entity.Metadata.ResourceVersion,
                },
                Reason = reason,
                Message = message,
                Type = type.ToString(),
                Source = new V1EventSource { Component = settings.Name },
                ReportingComponent = settings.Name,
                Count = 1,
                FirstTimestamp = now,
                LastTimestamp = now,
            }, cancellationToken);
            return;
        }
        var withinWindow = existing.LastTimestamp is { } last && now - last <= settings.EventAggregationWindow;
        existing.Count = withinWindow ? (existing.Count ?? 1) + 1 : 1;
        if (!withinWindow) existing.FirstTimestamp = now;
        existing.LastTimestamp = now;
        await client.UpdateAsync(existing, cancellationToken);
    }
}
