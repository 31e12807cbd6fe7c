using Kube.Operator.Client;
using Kube.Operator.Events;
using Kube.Operator.Hosting;
using Kube.Operator.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Kube.Operator.Builder;

/// <summary>Entry point of the runtime's registration (KubeOps' <c>AddKubernetesOperator</c>).</summary>
public static class ServiceCollectionExtensions
{
    /// <summary>
    /// Adds the operator runtime: a hosted service that runs every registered controller (while leading,
    /// when leader election is on), the <see cref="EventPublisher"/>, and defaults for
    /// <see cref="IKubernetesClient"/> (default kubeconfig/in-cluster), <see cref="TimeProvider"/> and
    /// <see cref="IOperatorMetrics"/> (no-op) unless registered before.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Adjusts the settings.</param>
    /// <returns>A builder for controllers and finalizers.</returns>
    public static IOperatorBuilder AddKubernetesOperator(this IServiceCollection services, Action<OperatorSettings>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var settings = new OperatorSettings();
        configure?.Invoke(settings);
        services.AddSingleton(settings);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IOperatorMetrics>(NoOpOperatorMetrics.Instance);
        services.TryAddSingleton<IKubernetesClient>(_ => new KubernetesClient());
        services.TryAddSingleton<KubernetesEventRecorder>();
        services.TryAddSingleton<EventPublisher>(sp => sp.GetRequiredService<KubernetesEventRecorder>().PublishAsync);
        services.AddSingleton<OperatorHostedService>();
        services.AddHostedService(sp => sp.GetRequiredService<OperatorHostedService>());
        return new OperatorBuilder(services);
    }
}
