using System.Text.RegularExpressions;

namespace Kube.TestApiServer.Internal;

/// <summary>Name, label and annotation rules of k8s.io/apimachinery/pkg/util/validation.</summary>
internal static partial class NameValidation
{
    public const string Dns1123SubdomainMessage =
        "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";

    public const string Dns1123LabelMessage =
        "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";

    [GeneratedRegex(@"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$")]
    private static partial Regex Dns1123Subdomain();

    [GeneratedRegex(@"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$")]
    private static partial Regex Dns1123Label();

    [GeneratedRegex(@"^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$")]
    private static partial Regex QualifiedNamePart();

    [GeneratedRegex(@"^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$")]
    private static partial Regex LabelValue();

    /// <summary>The message for an invalid name, or null when valid.</summary>
    public static string? CheckSubdomain(string name)
    {
        if (name.Length > 253) return "must be no more than 253 characters";
        return Dns1123Subdomain().IsMatch(name) ? null : Dns1123SubdomainMessage;
    }

    public static string? CheckLabel(string name)
    {
        if (name.Length > 63) return "must be no more than 63 characters";
        return Dns1123Label().IsMatch(name) ? null : Dns1123LabelMessage;
    }

    /// <summary>Label/annotation key: optional DNS-subdomain prefix and '/', then a name of at most 63 characters.</summary>
    public static bool IsQualifiedName(string key)
    {
        var slash = key.IndexOf('/', StringComparison.Ordinal);
        var name = key;
        if (slash >= 0)
        {
            var prefix = key[..slash];
            name = key[(slash + 1)..];
            if (prefix.Length == 0 || CheckSubdomain(prefix) is not null) return false;
        }
        return name.Length is > 0 and <= 63 && QualifiedNamePart().IsMatch(name);
    }

    public static bool IsLabelValue(string value) => value.Length <= 63 && LabelValue().IsMatch(value);
}
