namespace Kube.TestApiServer.Tests.Support;

/// <summary>One server shared by a test class; each test owns a namespace in it.</summary>
public sealed class ServerFixture : IAsyncLifetime
{
    public TestApiServer Server { get; private set; } = null!;

    public Api Api { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Server = await TestApiServer.StartAsync();
        Api = new Api(Server.BaseAddress);
    }

    public async Task DisposeAsync()
    {
        Api.Dispose();
        await Server.DisposeAsync();
    }
}
