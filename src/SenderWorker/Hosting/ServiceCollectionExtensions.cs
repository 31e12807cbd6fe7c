using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using WhatsAppCampaigns.CampaignState;
using WhatsAppCampaigns.SenderWorker.Gateway;
using WhatsAppCampaigns.SenderWorker.Recipients.Planning;
using WhatsAppCampaigns.SenderWorker.Recipients.Sources;
using WhatsAppCampaigns.SenderWorker.Sending;

namespace WhatsAppCampaigns.SenderWorker.Hosting;

/// <summary>Registration of the sender's services.</summary>
internal static class ServiceCollectionExtensions
{
    public static IServiceCollection AddSender(this IServiceCollection services)
    {
        services.AddOptions<GatewayOptions>().BindConfiguration(GatewayOptions.SectionName).ValidateDataAnnotations();
        services.AddOptions<RedisOptions>().BindConfiguration(RedisOptions.SectionName).ValidateDataAnnotations();
        services.AddOptions<SendingOptions>().BindConfiguration(SendingOptions.SectionName).ValidateDataAnnotations();
        services.AddOptions<KubernetesObjectsOptions>().BindConfiguration(KubernetesObjectsOptions.SectionName);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IPhoneNormalizer, PhoneNormalizerAdapter>();
        services.TryAddSingleton<IKubernetesObjectReader, DirectoryKubernetesObjectReader>();
        // One HttpClient for every send: a pooled handler with many connections (issue 8: 1,000 msg/s).
        services.TryAddSingleton<ICloudApiClient>(sp => new CloudApiClient(
            new HttpClient(CloudApiClient.CreateHandler()) { Timeout = Timeout.InfiniteTimeSpan },
            sp.GetRequiredService<IOptions<GatewayOptions>>()));
        services.AddSingleton<SenderRun>();
        return services;
    }
}
