using System.Globalization;

namespace Kube.TestApiServer.Internal;

/// <summary>metav1.Time (second precision) and metav1.MicroTime (six digits), both UTC RFC 3339.</summary>
internal static class KubeTime
{
    public static string Format(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static string FormatMicro(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);
}
