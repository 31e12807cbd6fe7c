using Kube.Client.Authentication;
using Kube.Client.Exceptions;
using TestSupport;

namespace Kube.Client.Tests.Authentication;

public sealed class TokenFileAuthTests : IDisposable
{
    private readonly string _file = Path.GetTempFileName();

    public void Dispose() => File.Delete(_file);

    [Fact]
    public async Task GetAuthenticationHeaderAsync_FileRotated_RereadsAfterOneMinute()
    {
        var time = new ManualTimeProvider();
        await File.WriteAllTextAsync(_file, "first\n");
        var auth = new TokenFileAuth(_file, time);
        Assert.Equal("first", (await auth.GetAuthenticationHeaderAsync(default)).Parameter);

        await File.WriteAllTextAsync(_file, "second");
        time.Advance(TimeSpan.FromSeconds(59));
        Assert.Equal("first", (await auth.GetAuthenticationHeaderAsync(default)).Parameter);
        time.Advance(TimeSpan.FromSeconds(1));
        var header = await auth.GetAuthenticationHeaderAsync(default);
        Assert.Equal("Bearer", header.Scheme);
        Assert.Equal("second", header.Parameter);
    }

    [Fact]
    public async Task Invalidate_AfterUnauthorized_RereadsImmediately()
    {
        var time = new ManualTimeProvider();
        await File.WriteAllTextAsync(_file, "old");
        var auth = new TokenFileAuth(_file, time);
        await auth.GetAuthenticationHeaderAsync(default);
        await File.WriteAllTextAsync(_file, "new");
        auth.Invalidate();
        Assert.Equal("new", (await auth.GetAuthenticationHeaderAsync(default)).Parameter);
    }

    [Fact]
    public async Task GetAuthenticationHeaderAsync_EmptyFile_ThrowsNamingFile()
    {
        await File.WriteAllTextAsync(_file, "  ");
        var error = await Assert.ThrowsAsync<KubeConfigException>(() =>
            new TokenFileAuth(_file, new ManualTimeProvider()).GetAuthenticationHeaderAsync(default));
        Assert.Contains(_file, error.Message);
    }
}
