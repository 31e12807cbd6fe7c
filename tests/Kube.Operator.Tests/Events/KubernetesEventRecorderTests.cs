using k8s.Models;
using Kube.Operator.Client;
using Kube.Operator.Events;
using Kube.Operator.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Kube.Operator.Tests.Events;

public sealed class KubernetesEventRecorderTests(OperatorFixture fixture) : IClassFixture<OperatorFixture>
{
    [Fact]
    public async Task PublishAsync_SameEventRepeated_AggregatesIntoOneEventWithCount()
    {
        using var client = fixture.NewClient();
        var ns = await OperatorFixture.CreateNamespaceAsync(client);
        var widget = await client.CreateAsync(V1TestWidget.Create(ns, "noisy", 1));
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 10, 0, 0, TimeSpan.Zero));
        var settings = new OperatorSettings { Name = "test-operator", EventAggregationWindow = TimeSpan.FromMinutes(10) };
        var recorder = new KubernetesEventRecorder(client, settings, time, NullLogger<KubernetesEventRecorder>.Instance);
        EventPublisher publish = recorder.PublishAsync;

        await publish(widget, "JobCreated", "created job noisy-1");
        time.Advance(TimeSpan.FromMinutes(1));
        await publish(widget, "JobCreated", "created job noisy-1");
        time.Advance(TimeSpan.FromMinutes(1));
        await publish(widget, "JobCreated", "created job noisy-1");
        await publish(widget, "InvalidSpec", "spec.schedule.cron: bad", EventType.Warning);

        var events = await client.ListAllAsync<Corev1Event>(ns);
        Assert.Equal(2, events.Items.Count);
        var created = events.Items.Single(e => e.Reason == "JobCreated");
        Assert.Equal(3, created.Count);
        Assert.Equal(new DateTime(2026, 3, 1, 10, 0, 0, DateTimeKind.Utc), created.FirstTimestamp);
        Assert.Equal(new DateTime(2026, 3, 1, 10, 2, 0, DateTimeKind.Utc), created.LastTimestamp);
        Assert.Equal("TestWidget", created.InvolvedObject!.Kind);
        Assert.Equal(widget.Metadata.Uid, created.InvolvedObject.Uid);
        Assert.Equal("test-operator", created.Source!.Component);
        var warning = events.Items.Single(e => e.Reason == "InvalidSpec");
        Assert.Equal("Warning", warning.Type);
        Assert.Equal(1, warning.Count);

        // Outside the window the event starts over instead of counting on.
        time.Advance(TimeSpan.FromMinutes(30));
        await publish(widget, "JobCreated", "created job noisy-1");
        var restarted = (await client.ListAllAsync<Corev1Event>(ns)).Items.Single(e => e.Reason == "JobCreated");
        Assert.Equal(1, restarted.Count);
        Assert.Equal(new DateTime(2026, 3, 1, 10, 32, 0, DateTimeKind.Utc), restarted.FirstTimestamp);
    }
}
