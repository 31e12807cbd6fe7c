using System.Security.Cryptography.X509Certificates;
using System.Text;
using Kube.Client.Authentication;
using Kube.Client.Exceptions;
using Kube.Client.KubeConfigModels;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace Kube.Client;

/// <summary>Reads, merges and resolves kubeconfig files the way kubectl does.</summary>
internal static class KubeConfigLoader
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder().IgnoreUnmatchedProperties().Build();

    public static IReadOnlyList<string> SplitPathList(string value) =>
        value.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary><c>KUBECONFIG</c>'s files when it is set, else <c>~/.kube/config</c>.</summary>
    public static IReadOnlyList<string> DefaultPaths(Func<string, string?> env, string? home)
    {
        if (env("KUBECONFIG") is { Length: > 0 } list) return SplitPathList(list);
        return home is null ? [] : [Path.Combine(home, ".kube", "config")];
    }

    public static KubernetesClientConfiguration Load(IReadOnlyList<string> paths, string? context, string? masterUrl,
        bool useRelativePaths, TimeProvider time)
    {
        var files = new List<K8SConfiguration>();
        foreach (var path in paths)
        {
            if (!File.Exists(path)) continue; // kubectl skips missing KUBECONFIG entries too
            files.Add(Parse(File.ReadAllText(path), path));
        }
        if (files.Count == 0)
            throw new KubeConfigException($"No kubeconfig file found; looked for: {string.Join(", ", paths)}.");
        return Resolve(Merge(files), context, masterUrl, useRelativePaths, time);
    }

    public static K8SConfiguration Parse(string yaml, string fileName)
    {
        try
        {
            var config = Yaml.Deserialize<K8SConfiguration?>(yaml) ?? new K8SConfiguration();
            var directory = Path.GetDirectoryName(Path.GetFullPath(fileName));
            config.FileName = fileName;
            config.Directory = directory;
            foreach (var c in config.Clusters ?? []) c.Directory = directory;
            foreach (var u in config.Users ?? []) u.Directory = directory;
            return config;
        }
        catch (YamlException ex)
        {
            throw new KubeConfigException($"Kubeconfig '{fileName}' is not valid YAML: {ex.Message}", ex);
        }
    }

    /// <summary>kubectl's merge: for each name the first file defining it wins; so does the first current-context.</summary>
    public static K8SConfiguration Merge(IReadOnlyList<K8SConfiguration> files)
    {
        var merged = new K8SConfiguration { Clusters = [], Users = [], Contexts = [],
            FileName = string.Join(Path.PathSeparator, files.Select(f => f.FileName)) };
        foreach (var file in files)
        {
            merged.CurrentContext ??= string.IsNullOrEmpty(file.CurrentContext) ? null : file.CurrentContext;
            merged.Clusters.AddRange((file.Clusters ?? []).Where(c => merged.Clusters.All(m => m.Name != c.Name)));
            merged.Users.AddRange((file.Users ?? []).Where(u => merged.Users.All(m => m.Name != u.Name)));
            merged.Contexts.AddRange((file.Contexts ?? []).Where(c => merged.Contexts.All(m => m.Name != c.Name)));
        }
        return merged;
    }

    public static KubernetesClientConfiguration Resolve(K8SConfiguration config, string? contextName, string? masterUrl,
        bool useRelativePaths, TimeProvider time)
    {
        var source = config.FileName;
        contextName ??= config.CurrentContext
            ?? throw new KubeConfigException($"Kubeconfig {source} sets no current-context and none was given.");
        var context = config.Contexts?.FirstOrDefault(c => c.Name == contextName)?.Context
            ?? throw new KubeConfigException($"Context '{contextName}' not found in kubeconfig {source}.");
        var cluster = config.Clusters?.FirstOrDefault(c => c.Name == context.Cluster)
            ?? throw new KubeConfigException($"Cluster '{context.Cluster}' of context '{contextName}' not found in kubeconfig {source}.");
        var endpoint = cluster.Cluster
            ?? throw new KubeConfigException($"Cluster '{cluster.Name}' in kubeconfig {source} has no 'cluster' section.");
        var server = masterUrl ?? endpoint.Server;
        if (string.IsNullOrWhiteSpace(server) || !Uri.TryCreate(server, UriKind.Absolute, out _))
            throw new KubeConfigException($"Cluster '{cluster.Name}' in kubeconfig {source} has no valid 'server' (found '{server}').");

        var result = new KubernetesClientConfiguration
        {
            Host = server,
            CurrentContext = contextName,
            Namespace = string.IsNullOrEmpty(context.Namespace) ? null : context.Namespace,
            SkipTlsVerify = endpoint.SkipTlsVerify,
            TlsServerName = endpoint.TlsServerName,
        };
        string Resolved(string path, string? directory) =>
            useRelativePaths && directory is not null && !Path.IsPathRooted(path) ? Path.Combine(directory, path) : path;

        if (!string.IsNullOrEmpty(endpoint.CertificateAuthorityData))
            result.SslCaCerts = LoadCertificates(DecodeBase64(endpoint.CertificateAuthorityData, "certificate-authority-data", cluster.Name));
        else if (!string.IsNullOrEmpty(endpoint.CertificateAuthority))
            result.SslCaCerts = LoadCertificates(ReadFile(Resolved(endpoint.CertificateAuthority, cluster.Directory), "certificate-authority"));

        if (context.User is { Length: > 0 } userName)
        {
            var user = config.Users?.FirstOrDefault(u => u.Name == userName)
                ?? throw new KubeConfigException($"User '{userName}' of context '{contextName}' not found in kubeconfig {source}.");
            ApplyUser(result, user, Resolved, time);
        }
        return result;
    }

    private static void ApplyUser(KubernetesClientConfiguration result, NamedUser user,
        Func<string, string?, string> resolved, TimeProvider time)
    {
        var credentials = user.User ?? new UserCredentials();
        if (credentials.Exec is not null || credentials.AuthProvider is not null)
            throw new KubeConfigException(
                $"User '{user.Name}' uses an exec or auth-provider credential plugin, which this client does not support; " +
                "use a token, token file or client certificate.");
        result.AccessToken = string.IsNullOrEmpty(credentials.Token) ? null : credentials.Token;
        if (!string.IsNullOrEmpty(credentials.TokenFile))
            result.TokenProvider = new TokenFileAuth(resolved(credentials.TokenFile, user.Directory), time);
        result.Username = credentials.UserName;
        result.Password = credentials.Password;
        if (!string.IsNullOrEmpty(credentials.ClientCertificateData))
            result.ClientCertificateData = credentials.ClientCertificateData;
        else if (!string.IsNullOrEmpty(credentials.ClientCertificate))
        {
            result.ClientCertificateFilePath = resolved(credentials.ClientCertificate, user.Directory);
            result.ClientCertificateData = Convert.ToBase64String(Encoding.UTF8.GetBytes(
                ReadFile(result.ClientCertificateFilePath, "client-certificate")));
        }
        if (!string.IsNullOrEmpty(credentials.ClientKeyData))
            result.ClientCertificateKeyData = credentials.ClientKeyData;
        else if (!string.IsNullOrEmpty(credentials.ClientKey))
        {
            result.ClientKeyFilePath = resolved(credentials.ClientKey, user.Directory);
            result.ClientCertificateKeyData = Convert.ToBase64String(Encoding.UTF8.GetBytes(
                ReadFile(result.ClientKeyFilePath, "client-key")));
        }
        if ((result.ClientCertificateData is null) != (result.ClientCertificateKeyData is null))
            throw new KubeConfigException($"User '{user.Name}' has a client certificate without a key, or a key without a certificate.");
    }

    internal static X509Certificate2Collection LoadCertificates(string pem)
    {
        var collection = new X509Certificate2Collection();
        try
        {
            collection.ImportFromPem(pem);
        }
        catch (System.Security.Cryptography.CryptographicException ex)
        {
            throw new KubeConfigException($"The certificate authority is not valid PEM: {ex.Message}", ex);
        }
        return collection.Count > 0
            ? collection
            : throw new KubeConfigException("The certificate authority holds no PEM certificate.");
    }

    private static string DecodeBase64(string data, string field, string? owner)
    {
        try
        {
            return Encoding.UTF8.GetString(Convert.FromBase64String(data));
        }
        catch (FormatException ex)
        {
            throw new KubeConfigException($"'{field}' of '{owner}' is not valid base64.", ex);
        }
    }

    internal static string ReadFile(string path, string field)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new KubeConfigException($"Cannot read {field} file '{path}': {ex.Message}", ex);
        }
    }
}
