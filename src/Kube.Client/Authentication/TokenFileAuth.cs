using System.Net.Http.Headers;

namespace Kube.Client.Authentication;

/// <summary>
/// A bearer token read from a file and re-read periodically, because projected service-account
/// tokens are rewritten by the kubelet before they expire (like client-go, at most once a minute,
/// and at once after the server answered 401).
/// </summary>
public sealed class TokenFileAuth : ITokenProvider
{
    /// <summary>How long a read token is used before the file is read again.</summary>
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromMinutes(1);

    private readonly TimeProvider _time;
    private readonly Lock _gate = new();
    private string? _token;
    private DateTimeOffset _expiresAt;

    /// <summary>Creates a provider for <paramref name="tokenFile"/> using the system clock.</summary>
    /// <param name="tokenFile">Path of the token file.</param>
    public TokenFileAuth(string tokenFile) : this(tokenFile, TimeProvider.System) { }

    /// <summary>Creates a provider for <paramref name="tokenFile"/> with an injectable clock.</summary>
    /// <param name="tokenFile">Path of the token file.</param>
    /// <param name="timeProvider">The clock that decides when to re-read.</param>
    public TokenFileAuth(string tokenFile, TimeProvider timeProvider)
    {
        ArgumentException.ThrowIfNullOrEmpty(tokenFile);
        ArgumentNullException.ThrowIfNull(timeProvider);
        TokenFile = tokenFile;
        _time = timeProvider;
    }

    /// <summary>Path of the token file.</summary>
    public string TokenFile { get; }

    /// <summary>When the cached token will be re-read.</summary>
    public DateTimeOffset TokenExpiresAt
    {
        get { lock (_gate) return _expiresAt; }
    }

    /// <inheritdoc/>
    public Task<AuthenticationHeaderValue> GetAuthenticationHeaderAsync(CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        lock (_gate)
        {
            if (_token is null || now >= _expiresAt)
            {
                _token = ReadToken();
                _expiresAt = now + RefreshInterval;
            }
            return Task.FromResult(new AuthenticationHeaderValue("Bearer", _token));
        }
    }

    /// <summary>Forgets the cached token so the next request reads the file again (after a 401).</summary>
    public void Invalidate()
    {
        lock (_gate) _token = null;
    }

    private string ReadToken()
    {
        try
        {
            var token = File.ReadAllText(TokenFile).Trim();
            return token.Length > 0
                ? token
                : throw new Exceptions.KubeConfigException($"Token file '{TokenFile}' is empty.");
        }
        catch (IOException ex)
        {
            throw new Exceptions.KubeConfigException($"Cannot read token file '{TokenFile}': {ex.Message}", ex);
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new Exceptions.KubeConfigException($"Cannot read token file '{TokenFile}': {ex.Message}", ex);
        }
    }
}
