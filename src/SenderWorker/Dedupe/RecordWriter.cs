using System.Threading.Channels;

namespace WhatsAppCampaigns.SenderWorker.Dedupe;

/// <summary>
/// Batches records: whatever queued while the previous script ran goes in the next one (up to
/// 512), so a busy pipeline makes few round trips and an idle one writes at once. Each caller
/// awaits its own record, so a send's slot is only freed once its outcome is durable.
/// </summary>
internal sealed class RecordWriter : IAsyncDisposable
{
    private const int MaxBatch = 512;
    private readonly Channel<(string Field, string? Value, TaskCompletionSource Done)> _queue =
        Channel.CreateUnbounded<(string, string?, TaskCompletionSource)>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ClaimStore _store;
    private readonly Task _loop;

    public RecordWriter(ClaimStore store)
    {
        _store = store;
        _loop = Task.Run(LoopAsync);
    }

    /// <summary>Records <paramref name="value"/> (null releases the claim); completes once written.</summary>
    public Task WriteAsync(string field, string? value)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!_queue.Writer.TryWrite((field, value, done)))
            done.SetException(new InvalidOperationException("the record writer is closed"));
        return done.Task;
    }

    private async Task LoopAsync()
    {
        var batch = new List<(string Field, string? Value, TaskCompletionSource Done)>(MaxBatch);
        while (await _queue.Reader.WaitToReadAsync())
        {
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var item)) batch.Add(item);
            try
            {
                await _store.RecordAsync([.. batch.Select(b => (b.Field, b.Value))], CancellationToken.None);
                foreach (var item in batch) item.Done.TrySetResult();
            }
            catch (Exception ex)
            {
                foreach (var item in batch) item.Done.TrySetException(ex);
            }
            batch.Clear();
        }
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _loop;
    }
}
