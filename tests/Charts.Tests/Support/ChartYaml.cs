
namespace Charts.Tests.Support;

/// <summary>Fields of charts/whatsapp-campaigns/Chart.yaml.</summary>
internal static class ChartYaml
{
    private static readonly Lazy<Dictionary<string, string>> Fields = new(() =>
        YamlDocuments.LoadAll(File.ReadAllText(Path.Combine(RepoPaths.Chart, "Chart.yaml")))[0]
            .Where(kv => kv.Value is System.Text.Json.Nodes.JsonValue)
            .ToDictionary(kv => kv.Key, kv => kv.Value!.ToString()));

    /// <summary>The chart version.</summary>
    public static string Version() => Fields.Value["version"];

    /// <summary>The application version (the default image tag).</summary>
    public static string AppVersion() => Fields.Value["appVersion"];
}
