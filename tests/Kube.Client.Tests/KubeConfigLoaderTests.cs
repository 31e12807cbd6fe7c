using System.Text;
using Kube.Client.Authentication;
using Kube.Client.Exceptions;

namespace Kube.Client.Tests;

public sealed class KubeConfigLoaderTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("kubeconfig-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    private const string TwoContexts = """
        apiVersion: v1
        kind: Config
        current-context: dev
        clusters:
        - name: kind
          cluster:
            server: https://127.0.0.1:6443
            insecure-skip-tls-verify: true
            tls-server-name: kubernetes
        - name: local
          cluster:
            server: http://127.0.0.1:8080
        users:
        - name: admin
          user:
            token: abc
        - name: filer
          user:
            tokenFile: token.txt
        contexts:
        - name: dev
          context: {cluster: kind, user: admin, namespace: ops}
        - name: other
          context: {cluster: local, user: filer}
        """;

    [Fact]
    public void BuildConfigFromConfigFile_CurrentContext_ResolvesServerTokenNamespace()
    {
        var config = KubernetesClientConfiguration.BuildConfigFromConfigFile(Write("config", TwoContexts));
        Assert.Equal("https://127.0.0.1:6443", config.Host);
        Assert.Equal("abc", config.AccessToken);
        Assert.Equal("ops", config.Namespace);
        Assert.True(config.SkipTlsVerify);
        Assert.Equal("kubernetes", config.TlsServerName);
        Assert.Equal("dev", config.CurrentContext);
    }

    [Fact]
    public void BuildConfigFromConfigFile_ExplicitContextWithTokenFile_ResolvesFileRelativeToKubeconfig()
    {
        var config = KubernetesClientConfiguration.BuildConfigFromConfigFile(Write("config", TwoContexts), "other");
        Assert.Equal("http://127.0.0.1:8080", config.Host);
        var provider = Assert.IsType<TokenFileAuth>(config.TokenProvider);
        Assert.Equal(Path.Combine(_dir, "token.txt"), provider.TokenFile);
        Assert.Null(config.Namespace);
    }

    [Fact]
    public void BuildConfigFromConfigFile_MasterUrl_OverridesServer() =>
        Assert.Equal("http://other:1", KubernetesClientConfiguration.BuildConfigFromConfigFile(
            Write("config", TwoContexts), masterUrl: "http://other:1").Host);

    [Fact]
    public void BuildConfigFromConfigFile_MultiplePaths_FirstDefinitionWins()
    {
        var first = Write("a", """
            current-context: second
            clusters:
            - name: kind
              cluster: {server: "https://first:1"}
            """);
        var second = Write("b", """
            current-context: ignored
            clusters:
            - name: kind
              cluster: {server: "https://second:2"}
            users:
            - name: u
              user: {token: t2}
            contexts:
            - name: second
              context: {cluster: kind, user: u, namespace: n2}
            """);
        var missing = Path.Combine(_dir, "missing");
        var config = KubernetesClientConfiguration.BuildConfigFromConfigFile(
            string.Join(Path.PathSeparator, missing, first, second));
        Assert.Equal("https://first:1", config.Host);
        Assert.Equal("t2", config.AccessToken);
        Assert.Equal("n2", config.Namespace);
    }

    [Fact]
    public void BuildConfigFromConfigFile_CertificateData_LoadsCaAndClientCertificate()
    {
        var (caPem, certPem, keyPem) = TestCertificates.CreateCaAndClient();
        string B64(string s) => Convert.ToBase64String(Encoding.UTF8.GetBytes(s));
        var config = KubernetesClientConfiguration.BuildConfigFromConfigFile(Write("config", $"""
            current-context: c
            clusters:
            - name: k
              cluster: {"{"}server: "https://k:6443", certificate-authority-data: "{B64(caPem)}"{"}"}
            users:
            - name: u
              user: {"{"}client-certificate-data: "{B64(certPem)}", client-key-data: "{B64(keyPem)}"{"}"}
            contexts:
            - name: c
              context: {"{"}cluster: k, user: u{"}"}
            """));
        Assert.Single(config.SslCaCerts!);
        Assert.Equal(B64(certPem), config.ClientCertificateData);
        using var kubernetes = new Kubernetes(config); // builds the TLS handler with the client certificate
        Assert.Equal("https://k:6443/", kubernetes.BaseUri.ToString());
    }

    [Fact]
    public void BuildConfigFromConfigFile_CertificateFiles_ReadRelativeToKubeconfig()
    {
        var (caPem, certPem, keyPem) = TestCertificates.CreateCaAndClient();
        Write("ca.crt", caPem);
        Write("client.crt", certPem);
        Write("client.key", keyPem);
        var config = KubernetesClientConfiguration.BuildConfigFromConfigFile(Write("config", """
            current-context: c
            clusters:
            - name: k
              cluster: {server: "https://k:6443", certificate-authority: ca.crt}
            users:
            - name: u
              user: {client-certificate: client.crt, client-key: client.key}
            contexts:
            - name: c
              context: {cluster: k, user: u}
            """));
        Assert.Single(config.SslCaCerts!);
        Assert.Equal(Path.Combine(_dir, "client.key"), config.ClientKeyFilePath);
        Assert.Equal(certPem, Encoding.UTF8.GetString(Convert.FromBase64String(config.ClientCertificateData!)));
    }

    [Fact]
    public void BuildConfigFromConfigFile_UnknownContext_NamesContextAndFile()
    {
        var path = Write("config", TwoContexts);
        var error = Assert.Throws<KubeConfigException>(() =>
            KubernetesClientConfiguration.BuildConfigFromConfigFile(path, "nope"));
        Assert.Contains("'nope'", error.Message);
        Assert.Contains(path, error.Message);
    }

    [Fact]
    public void BuildConfigFromConfigFile_ExecPlugin_SaysUnsupported()
    {
        var error = Assert.Throws<KubeConfigException>(() => KubernetesClientConfiguration.BuildConfigFromConfigFile(
            Write("config", """
                current-context: c
                clusters: [{name: k, cluster: {server: "https://k"}}]
                users: [{name: u, user: {exec: {command: aws}}}]
                contexts: [{name: c, context: {cluster: k, user: u}}]
                """)));
        Assert.Contains("exec", error.Message);
    }

    [Fact]
    public void BuildConfigFromConfigFile_NoFile_SaysWhereItLooked()
    {
        var missing = Path.Combine(_dir, "nothing-here");
        var error = Assert.Throws<KubeConfigException>(() => KubernetesClientConfiguration.BuildConfigFromConfigFile(missing));
        Assert.Contains(missing, error.Message);
    }

    [Fact]
    public void BuildConfigFromConfigFile_InvalidYaml_NamesFile()
    {
        var path = Write("config", "clusters: [unclosed");
        Assert.Contains(path, Assert.Throws<KubeConfigException>(() =>
            KubernetesClientConfiguration.BuildConfigFromConfigFile(path)).Message);
    }
}
