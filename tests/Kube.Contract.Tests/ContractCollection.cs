namespace Kube.Contract.Tests;

/// <summary>
/// One server for the whole suite, and its tests run one after another: some of them compact the
/// watch history or cut every watch, which would disturb a test running beside them.
/// </summary>
[CollectionDefinition(Name)]
public sealed class ContractCollection : ICollectionFixture<ApiServerFixture>
{
    public const string Name = "Contract";

    /// <summary>Trait for tests that need the embedded server's fault and history hooks.</summary>
    public const string Requires = "Requires";

    public const string ServerHooks = "ServerHooks";
}
