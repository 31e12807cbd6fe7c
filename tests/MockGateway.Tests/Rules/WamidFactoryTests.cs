using System.Text;
using WhatsAppCampaigns.MockGateway.Rules;

namespace WhatsAppCampaigns.MockGateway.Tests.Rules;

public sealed class WamidFactoryTests
{
    [Fact]
    public void Create_DecodesToMetasLayoutWithTheWaId()
    {
        var wamid = WamidFactory.Create("4915112345678", 12345, epoch: 0);

        Assert.StartsWith("wamid.HBgNNDkxNTExMjM0NTY3OBUCABEYEj", wamid); // same prefix as the reference's sample
        var raw = Convert.FromBase64String(wamid["wamid.".Length..]);
        Assert.Equal("4915112345678", Encoding.ASCII.GetString(raw, 3, 13));
        Assert.Equal(3 + 13 + 6 + 18 + 1, raw.Length);
    }

    [Fact]
    public void Create_DifferentIdentityOrEpoch_GivesDifferentIds()
    {
        var ids = new HashSet<string>();
        for (var identity = 0UL; identity < 10_000; identity++) ids.Add(WamidFactory.Create("4915112345678", identity, 0));
        ids.Add(WamidFactory.Create("4915112345678", 1, 1));

        Assert.Equal(10_001, ids.Count);
    }
}
