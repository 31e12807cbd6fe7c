using System.Threading.Channels;

namespace WhatsAppCampaigns.MockGateway.Webhooks;

/// <summary>
/// Posts waiting for room in their lane, one FIFO per lane so a lane's order is kept. Owned by the
/// scheduler loop alone (no locking).
/// </summary>
internal sealed class LaneBacklog(Channel<PendingPost>[] lanes)
{
    private readonly Queue<PendingPost>[] _waiting = [.. lanes.Select(_ => new Queue<PendingPost>())];

    /// <summary>Events held in all backlogs.</summary>
    public int Events { get; private set; }

    /// <summary>Hands the post to its lane, or queues it behind the lane's earlier posts.</summary>
    public void Dispatch(PendingPost post)
    {
        var waiting = _waiting[post.Lane];
        if (waiting.Count == 0 && lanes[post.Lane].Writer.TryWrite(post)) return;
        waiting.Enqueue(post);
        Events += post.Events.Count;
    }

    /// <summary>Moves waiting posts into lanes that have room again, oldest first.</summary>
    public void Flush()
    {
        for (var lane = 0; lane < _waiting.Length; lane++)
        {
            var waiting = _waiting[lane];
            while (waiting.TryPeek(out var post) && lanes[lane].Writer.TryWrite(post))
            {
                waiting.Dequeue();
                Events -= post.Events.Count;
            }
        }
    }
}
