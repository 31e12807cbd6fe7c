using System.Net;
using k8s;
using k8s.Autorest;
using k8s.Models;

namespace Kube.Contract.Tests;

/// <summary>
/// Failed calls as the official client reports them: an <see cref="HttpOperationException"/> whose body
/// must be a <c>Status</c> the client's own model can read, with the HTTP code repeated in <c>code</c>.
/// </summary>
public static class ApiErrors
{
    /// <summary>Asserts that <paramref name="call"/> fails with <paramref name="code"/> and returns the Status body.</summary>
    public static async Task<V1Status> ThrowsAsync(HttpStatusCode code, Func<Task> call)
    {
        var error = await Assert.ThrowsAsync<HttpOperationException>(call);
        Assert.Equal(code, error.Response.StatusCode);
        var status = KubernetesJson.Deserialize<V1Status>(error.Response.Content);
        Assert.Equal("Status", status.Kind);
        Assert.Equal("Failure", status.Status);
        Assert.Equal((int)code, status.Code);
        return status;
    }

    /// <summary>The causes of a Status, never null.</summary>
    public static IList<V1StatusCause> Causes(this V1Status status) => status.Details?.Causes ?? [];
}
