using Kube.Operator.Client;
using k8s;
using k8s.Models;
using Kube.Operator;
using Kube.Operator.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using WhatsAppCampaigns.Operator.Entities;
using WhatsAppCampaigns.Operator.Finalizers;
using WhatsAppCampaigns.Operator.Progress;
using WhatsAppCampaigns.Operator.Reconciliation;
using WhatsAppCampaigns.CampaignState;

namespace WhatsAppCampaigns.Operator.Hosting;

/// <summary>Registration of the operator: options, Redis, reconcilers, finalizer and the Job watch.</summary>
public static class ServiceCollectionExtensions
{
    /// <summary>Operator settings section (Kube.Operator's <see cref="OperatorSettings"/>).</summary>
    public const string OperatorSectionName = "Operator";

    /// <summary>Adds the operator. Register <see cref="IKubernetesClient"/>, <see cref="TimeProvider"/> or <see cref="IRunProgressStore"/> before to substitute them.</summary>
    public static IOperatorBuilder AddWhatsAppOperator(this IServiceCollection services, IConfiguration configuration,
        Action<OperatorSettings>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<RedisOptions>().BindConfiguration(RedisOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<SenderJobOptions>().BindConfiguration(SenderJobOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<IRunProgressStore, RedisRunProgressStore>();
        services.TryAddSingleton(_ => new SessionChecker(new HttpClient { Timeout = Timeout.InfiniteTimeSpan }));
        services.AddSingleton<ObservedStateReader>();
        services.AddSingleton<PlanApplier>();
        return services
            .AddKubernetesOperator(settings =>
            {
                settings.Name = "whatsapp-operator";
                configuration.GetSection(OperatorSectionName).Bind(settings);
                configure?.Invoke(settings);
            })
            .AddController<WhatsAppCampaignReconciler, V1WhatsAppCampaign>()
            .AddController<WhatsAppSessionReconciler, V1WhatsAppSession>()
            .AddFinalizer<CampaignFinalizer, V1WhatsAppCampaign>(CampaignFinalizer.Identifier)
            .WatchOwned<V1WhatsAppCampaign, V1Job>();
    }
}
