using Kube.Operator.Builder;
using Kube.Operator.Client;
using Kube.Operator.Controller;
using Kube.Operator.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Kube.Operator.Tests.Support;

/// <summary>A generic host running the operator with the widget controller (and optionally its finalizer).</summary>
public static class OperatorHost
{
    public static async Task<IHost> StartAsync(IKubernetesClient client, ReconcileLog log, Action<OperatorSettings> configure,
        bool withFinalizer = false, TimeProvider? time = null, IKubernetesClient? leaseClient = null,
        Metrics.IOperatorMetrics? metrics = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Services.AddLogging();
        builder.Services.AddSingleton(client);
        builder.Services.AddSingleton(log);
        if (time is not null) builder.Services.AddSingleton(time);
        if (metrics is not null) builder.Services.AddSingleton(metrics);
        if (leaseClient is not null) builder.Services.AddKeyedSingleton(OperatorHostedService.LeaderElectionClientKey, leaseClient);
        var op = builder.Services.AddKubernetesOperator(configure).AddController<WidgetController, V1TestWidget>();
        if (withFinalizer) op.AddFinalizer<WidgetFinalizer, V1TestWidget>(WidgetFinalizer.Name);
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }

    internal static EntityControllerRunner<V1TestWidget> Runner(this IHost host) =>
        host.Services.GetRequiredService<EntityControllerRunner<V1TestWidget>>();

    internal static Task<Kube.Operator.LeaderElection.LeaderElector> ElectorAsync(this IHost host) =>
        host.Services.GetRequiredService<OperatorHostedService>().Elector;
}
