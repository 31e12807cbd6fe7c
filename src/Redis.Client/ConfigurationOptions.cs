using System.Globalization;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace Redis.Client;

/// <summary>
/// How to connect. Mirrors StackExchange.Redis's <c>ConfigurationOptions</c>, including the
/// comma-separated string form <c>host:port,password=...,user=...,ssl=true,name=...</c>.
/// <see cref="ToString"/> never includes the password.
/// </summary>
public sealed class ConfigurationOptions
{
    /// <summary>The servers. Commands go to the first connected one that reports the primary role.</summary>
    public EndPointCollection EndPoints { get; private set; } = [];

    /// <summary>ACL user name (Redis 6+); null authenticates as <c>default</c> when a password is set.</summary>
    public string? User { get; set; }

    /// <summary>Password (<c>AUTH</c>); null sends no credentials.</summary>
    public string? Password { get; set; }

    /// <summary>Wrap the connection in TLS.</summary>
    public bool Ssl { get; set; }

    /// <summary>Host name expected on the server certificate (and sent as SNI); default: the endpoint's host.</summary>
    public string? SslHost { get; set; }

    /// <summary>Client certificates to offer when the server asks (<c>tls-auth-clients yes</c>).</summary>
    public X509CertificateCollection? ClientCertificates { get; set; }

    /// <summary>Validates the server certificate; default: the operating system's validation.</summary>
    public RemoteCertificateValidationCallback? CertificateValidationCallback { get; set; }

    /// <summary>Connection name shown in <c>CLIENT LIST</c> (no spaces or special characters).</summary>
    public string? ClientName { get; set; }

    /// <summary>Protocol to negotiate with <c>HELLO</c>; RESP2 unless set.</summary>
    public RedisProtocol? Protocol { get; set; }

    /// <summary>Database for <c>GetDatabase()</c> without an argument; 0 unless set.</summary>
    public int? DefaultDatabase { get; set; }

    /// <summary>Milliseconds allowed for TCP connect, TLS and handshake. Default 5000.</summary>
    public int ConnectTimeout { get; set; } = 5000;

    /// <summary>Milliseconds a command may wait for its reply. Default 5000.</summary>
    public int SyncTimeout { get; set; } = 5000;

    /// <summary>Milliseconds an async command may wait for its reply; defaults to <see cref="SyncTimeout"/>.</summary>
    public int AsyncTimeout
    {
        get => _asyncTimeout ?? SyncTimeout;
        set => _asyncTimeout = value;
    }

    /// <summary>Seconds of idle before TCP keep-alive probes; 0 or less leaves the OS default. Default 60.</summary>
    public int KeepAlive { get; set; } = 60;

    /// <summary>Throw from <c>ConnectAsync</c> when no server is reachable (true), or return and keep retrying (false).</summary>
    public bool AbortOnConnectFail { get; set; } = true;

    /// <summary>Reconnect backoff; default <see cref="ExponentialRetry"/> from half the connect timeout.</summary>
    public IReconnectRetryPolicy? ReconnectRetryPolicy { get; set; }

    /// <summary>What happens to commands issued while disconnected; default <see cref="BacklogPolicy.Default"/>.</summary>
    public BacklogPolicy BacklogPolicy { get; set; } = BacklogPolicy.Default;

    /// <summary>Clock for command timeouts and reconnect timing; the system clock unless set.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    private int? _asyncTimeout;

    /// <summary>Parses the StackExchange.Redis configuration string form.</summary>
    /// <exception cref="ArgumentException">An option is unknown or has an invalid value (named in the message).</exception>
    public static ConfigurationOptions Parse(string configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = new ConfigurationOptions();
        foreach (var raw in configuration.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var eq = raw.IndexOf('=', StringComparison.Ordinal);
            if (eq < 0)
            {
                options.EndPoints.Add(raw);
                continue;
            }
            var key = raw[..eq].Trim();
            var value = raw[(eq + 1)..].Trim();
            switch (key.ToLowerInvariant())
            {
                case "password": options.Password = value; break;
                case "user": options.User = value; break;
                case "ssl": options.Ssl = ParseBool(key, value); break;
                case "sslhost": options.SslHost = value; break;
                case "name": options.ClientName = value; break;
                case "protocol": options.Protocol = ParseProtocol(value); break;
                case "defaultdatabase": options.DefaultDatabase = ParseInt(key, value); break;
                case "connecttimeout": options.ConnectTimeout = ParseInt(key, value); break;
                case "synctimeout": options.SyncTimeout = ParseInt(key, value); break;
                case "asynctimeout": options.AsyncTimeout = ParseInt(key, value); break;
                case "keepalive": options.KeepAlive = ParseInt(key, value); break;
                case "abortconnect": options.AbortOnConnectFail = ParseBool(key, value); break;
                default: throw new ArgumentException($"Unknown Redis configuration option '{key}' in '{Redact(configuration)}'", nameof(configuration));
            }
        }
        return options;
    }

    /// <summary>A copy that can be changed without affecting this one.</summary>
    public ConfigurationOptions Clone()
    {
        var copy = (ConfigurationOptions)MemberwiseClone();
        copy.EndPoints = [];
        foreach (var endPoint in EndPoints) copy.EndPoints.Add(endPoint);
        return copy;
    }

    /// <summary>The configuration string, without the password.</summary>
    public override string ToString()
    {
        var text = new StringBuilder(string.Join(",", EndPoints.Select(EndPointCollection.Format)));
        void Add(string key, object? value)
        {
            if (value is not null) text.Append(CultureInfo.InvariantCulture, $",{key}={value}");
        }
        Add("user", User);
        Add("password", Password is null ? null : "*****");
        Add("ssl", Ssl ? "true" : null);
        Add("sslHost", SslHost);
        Add("name", ClientName);
        Add("protocol", Protocol is null ? null : Protocol == RedisProtocol.Resp3 ? "resp3" : "resp2");
        Add("defaultDatabase", DefaultDatabase);
        Add("connectTimeout", ConnectTimeout);
        Add("syncTimeout", SyncTimeout);
        Add("abortConnect", AbortOnConnectFail ? "true" : "false");
        return text.ToString();
    }

    internal IReconnectRetryPolicy EffectiveRetryPolicy => ReconnectRetryPolicy ?? new ExponentialRetry(Math.Max(1, ConnectTimeout / 2));

    private static string Redact(string configuration) =>
        string.Join(",", configuration.Split(',').Select(p => p.TrimStart().StartsWith("password=", StringComparison.OrdinalIgnoreCase) ? "password=*****" : p));

    private static bool ParseBool(string key, string value) => bool.TryParse(value, out var result)
        ? result : throw new ArgumentException($"Redis configuration option '{key}' must be true or false, not '{value}'", nameof(key));

    private static int ParseInt(string key, string value) => int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var result)
        ? result : throw new ArgumentException($"Redis configuration option '{key}' must be an integer, not '{value}'", nameof(key));

    private static RedisProtocol ParseProtocol(string value) => value.ToLowerInvariant() switch
    {
        "2" or "resp2" => RedisProtocol.Resp2,
        "3" or "resp3" => RedisProtocol.Resp3,
        _ => throw new ArgumentException($"Redis configuration option 'protocol' must be resp2 or resp3, not '{value}'", nameof(value)),
    };
}
