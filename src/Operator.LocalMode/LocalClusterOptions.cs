using Microsoft.Extensions.Logging;
using WhatsAppCampaigns.MockGateway.Hosting;

namespace WhatsAppCampaigns.Operator.LocalMode;

/// <summary>Settings of a <see cref="LocalCluster"/>.</summary>
public sealed class LocalClusterOptions
{
    /// <summary>The CRD YAML directory (config/crds).</summary>
    public required string CrdDirectory { get; init; }

    /// <summary>Path of SenderWorker.dll, run with <c>dotnet</c> for each Job.</summary>
    public required string SenderDll { get; init; }

    /// <summary>Work directory; default a new temp directory.</summary>
    public string? WorkRoot { get; init; }

    /// <summary>The mock gateway's configuration; default <see cref="MockGatewayOptions.CreateDefault"/>.</summary>
    public MockGatewayOptions? Gateway { get; init; }

    /// <summary>Start the operator with the cluster. Default true.</summary>
    public bool StartOperator { get; init; } = true;

    /// <summary>The operator's clock (tests); default the system clock.</summary>
    public TimeProvider? Time { get; init; }

    /// <summary>How often the operator refreshes an active run's counts. Default 1 s.</summary>
    public TimeSpan ProgressRefresh { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>How often the local Job controller looks at Jobs. Default 250 ms.</summary>
    public TimeSpan JobPollInterval { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>Operator log level on the console; null for none.</summary>
    public LogLevel? OperatorLogLevel { get; init; }
}
