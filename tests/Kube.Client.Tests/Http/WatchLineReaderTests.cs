using System.Text;
using Kube.Client.Http;

namespace Kube.Client.Tests.Http;

public class WatchLineReaderTests
{
    private static async Task<List<string>> ReadAllAsync(string text)
    {
        using var reader = new WatchLineReader(new MemoryStream(Encoding.UTF8.GetBytes(text)));
        var lines = new List<string>();
        while (await reader.ReadLineAsync(default) is { } line) lines.Add(line);
        return lines;
    }

    [Fact]
    public async Task ReadLineAsync_CompleteLines_ReturnsEach() =>
        Assert.Equal(["{\"type\":\"ADDED\"}", "", "b"], await ReadAllAsync("{\"type\":\"ADDED\"}\n\r\nb\n"));

    [Fact]
    public async Task ReadLineAsync_CutMidEvent_DropsTheFragment() =>
        Assert.Equal(["a"], await ReadAllAsync("a\n{\"type\":\"MODI"));

    [Fact]
    public async Task ReadLineAsync_LineLongerThanBuffer_IsReassembled()
    {
        var longLine = new string('x', 50_000);
        Assert.Equal([longLine, "y"], await ReadAllAsync(longLine + "\ny\n"));
    }
}
