using System.Net.Http.Headers;

namespace Kube.Client.Authentication;

/// <summary>Supplies the <c>Authorization</c> header for each request.</summary>
public interface ITokenProvider
{
    /// <summary>Returns the header to send, reading or refreshing the credential as needed.</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The header value, e.g. <c>Bearer …</c>.</returns>
    Task<AuthenticationHeaderValue> GetAuthenticationHeaderAsync(CancellationToken cancellationToken);
}
