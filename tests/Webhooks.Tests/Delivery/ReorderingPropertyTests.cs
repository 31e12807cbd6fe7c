using WhatsAppCampaigns.CampaignState;
using WhatsAppCampaigns.Webhooks.Tests.Support;

namespace WhatsAppCampaigns.Webhooks.Tests.Delivery;

/// <summary>
/// Meta delivers at least once and in no particular order (reference §4.6): any order of the same
/// events, with duplicates, must end in the same Redis state, and that state is the one a simple
/// model predicts (highest status, failed terminal, each recipient counted once).
/// </summary>
public sealed class ReorderingPropertyTests(ReceiverFixture fx) : IClassFixture<ReceiverFixture>
{
    private static readonly string[] Ladder = ["sent", "delivered", "read"];
    private static readonly int[] Codes = [131026, 131047, 131049, 131050];

    private sealed record Recipient(string Field, string WaId, string Initial, IReadOnlyList<(string Status, long Seconds, int? Code)> Events);

    [Fact]
    public async Task Apply_ShuffledDuplicatedEvents_AlwaysTheModelsState()
    {
        var random = new Random(20261121);
        var recipients = Enumerable.Range(0, 25).Select(i => NewRecipient(random, i)).ToList();
        var expected = Model(recipients);
        for (var trial = 0; trial < 12; trial++)
        {
            var scope = await fx.NewScopeAsync([.. recipients.Select(r => (r.Field, r.Initial))]);
            var events = recipients.SelectMany(r => r.Events.SelectMany(e =>
                    Enumerable.Repeat(Payloads.Status("wamid." + r.WaId, e.Status, e.Seconds, r.WaId, CallbackData.Format(scope, r.Field), e.Code),
                        random.NextDouble() < 0.3 ? 2 : 1)))
                .ToArray();
            random.Shuffle(events);
            for (var i = 0; i < events.Length;)
            {
                var size = Math.Min(random.Next(1, 5), events.Length - i);
                await fx.PostOkAsync(Payloads.Statuses(events[i..(i + size)]));
                i += size;
            }
            var keys = new DeliveryKeys(scope);
            Assert.Equal(expected.Claims, await fx.HashAsync(new CampaignKeys(scope, "").Claims));
            Assert.Equal(expected.Highest, await fx.HashAsync(keys.Statuses));
            Assert.Equal(expected.Counts, await fx.HashAsync(keys.Delivery));
        }
    }

    private static Recipient NewRecipient(Random random, int i)
    {
        var waId = "97252" + (3_000_000 + i);
        var initial = random.Next(2) == 0 ? "sending|pod-1|7|1746000000000" : $"sent|wamid.{waId}|7|1746000000500";
        var events = new List<(string, long, int?)>();
        var top = random.Next(0, 3);
        for (var s = 0; s <= top; s++)
            if (s == top || random.NextDouble() < 0.7) events.Add((Ladder[s], 1746090000 + s * 10, null)); // Meta may skip states
        if (random.NextDouble() < 0.3) events.Add(("failed", 1746090005 + random.Next(0, 30), Codes[random.Next(Codes.Length)]));
        return new Recipient("+" + waId, waId, initial, events);
    }

    private static (Dictionary<string, string> Claims, Dictionary<string, string> Highest, Dictionary<string, string> Counts) Model(
        IReadOnlyList<Recipient> recipients)
    {
        Dictionary<string, string> claims = [], highest = [];
        var counts = new Dictionary<string, long>();
        void Add(string field) => counts[field] = counts.GetValueOrDefault(field) + 1;
        foreach (var r in recipients)
        {
            var failed = r.Events.FirstOrDefault(e => e.Status == "failed");
            if (failed.Code is { } code)
            {
                claims[r.Field] = $"failed|{code}|7|{failed.Seconds * 1000}|Message Undeliverable: the recipient's phone number is not a WhatsApp phone number.";
                highest[r.Field] = "failed";
                Add("failed");
                Add("failedCode:" + code);
                continue;
            }
            claims[r.Field] = r.Initial.StartsWith("sending", StringComparison.Ordinal) ? $"sent|wamid.{r.WaId}|7|1746000000000" : r.Initial;
            var top = r.Events.Max(e => Array.IndexOf(Ladder, e.Status));
            highest[r.Field] = Ladder[top];
            if (top >= 1) Add("delivered");
            if (top >= 2) Add("read");
        }
        return (claims, highest, counts.ToDictionary(c => c.Key, c => c.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }
}
