using k8s;
using k8s.Models;

namespace Kube.Operator.Controller;

/// <summary>
/// How a reconcile or finalize ended (KubeOps' <c>ReconciliationResult&lt;TEntity&gt;</c>): success, or a
/// failure with a message and optional exception; either may ask to run again after a delay.
/// </summary>
/// <typeparam name="TEntity">The entity type.</typeparam>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1000", Justification = "Mirrors KubeOps' factory methods.")]
public sealed record ReconciliationResult<TEntity>
    where TEntity : IKubernetesObject<V1ObjectMeta>
{
    private ReconciliationResult(TEntity entity, bool isSuccess, string? errorMessage, Exception? error, TimeSpan? requeueAfter)
    {
        Entity = entity;
        IsSuccess = isSuccess;
        ErrorMessage = errorMessage;
        Error = error;
        RequeueAfter = requeueAfter;
    }

    /// <summary>The entity as the controller left it.</summary>
    public TEntity Entity { get; }

    /// <summary>True when the pass succeeded.</summary>
    public bool IsSuccess { get; }

    /// <summary>Why it failed, for the log.</summary>
    public string? ErrorMessage { get; }

    /// <summary>The exception behind the failure, if any.</summary>
    public Exception? Error { get; }

    /// <summary>
    /// Run again after this delay. On success the failure count is reset first; on failure it replaces
    /// the backoff delay. Null: success waits for the next change, failure backs off exponentially.
    /// </summary>
    public TimeSpan? RequeueAfter { get; init; }

    /// <summary>A success.</summary>
    /// <param name="entity">The entity.</param>
    /// <param name="requeueAfter">Optional delay before the next pass.</param>
    /// <returns>The result.</returns>
    public static ReconciliationResult<TEntity> Success(TEntity entity, TimeSpan? requeueAfter = null) =>
        new(entity, true, null, null, requeueAfter);

    /// <summary>A failure, retried with backoff (or after <paramref name="requeueAfter"/>).</summary>
    /// <param name="entity">The entity.</param>
    /// <param name="errorMessage">What went wrong.</param>
    /// <param name="error">The exception, if any.</param>
    /// <param name="requeueAfter">Optional fixed retry delay instead of the backoff.</param>
    /// <returns>The result.</returns>
    public static ReconciliationResult<TEntity> Failure(TEntity entity, string errorMessage, Exception? error = null,
        TimeSpan? requeueAfter = null) =>
        new(entity, false, errorMessage, error, requeueAfter);
}
