using System.Buffers;
using System.Text;

namespace Redis.Client.Tests.Protocol;

/// <summary>Builds multi-segment sequences, so parsing is tested across segment boundaries too.</summary>
internal static class Segments
{
    public static byte[] Bytes(string wire) => Encoding.UTF8.GetBytes(wire);

    public static ReadOnlySequence<byte> Of(params byte[][] parts)
    {
        if (parts.Length == 1) return new ReadOnlySequence<byte>(parts[0]);
        Segment? first = null, last = null;
        foreach (var part in parts)
        {
            var segment = new Segment(part);
            if (first is null) first = last = segment;
            else last = last!.Append(segment);
        }
        return new ReadOnlySequence<byte>(first!, 0, last!, last!.Memory.Length);
    }

    public static ReadOnlySequence<byte> SplitAt(byte[] bytes, params int[] cuts)
    {
        var parts = new List<byte[]>();
        var start = 0;
        foreach (var cut in cuts.Append(bytes.Length))
        {
            parts.Add(bytes[start..cut]);
            start = cut;
        }
        return Of([.. parts]);
    }

    private sealed class Segment : ReadOnlySequenceSegment<byte>
    {
        public Segment(byte[] data) => Memory = data;

        public Segment Append(Segment next)
        {
            next.RunningIndex = RunningIndex + Memory.Length;
            Next = next;
            return next;
        }
    }
}
