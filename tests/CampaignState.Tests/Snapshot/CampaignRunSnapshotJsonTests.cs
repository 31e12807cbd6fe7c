using WhatsAppCampaigns.CampaignState.Snapshot;
using WhatsAppCampaigns.CampaignState.Tests.TestData;

namespace WhatsAppCampaigns.CampaignState.Tests.Snapshot;

public sealed class CampaignRunSnapshotJsonTests
{
    [Fact]
    public void Serialize_FullSnapshot_RoundTripsByteForByte()
    {
        var json = CampaignRunSnapshotJson.Serialize(Snapshots.Full());

        var again = CampaignRunSnapshotJson.Serialize(CampaignRunSnapshotJson.Deserialize(json, "test"));

        Assert.Equal(json, again);
    }

    [Fact]
    public void Deserialize_FullSnapshot_KeepsEveryField()
    {
        var original = Snapshots.Full();

        var read = CampaignRunSnapshotJson.Deserialize(CampaignRunSnapshotJson.Serialize(original), "test");

        Assert.Equal(original.Recipients.Columns, read.Recipients.Columns);
        Assert.Equal(original.Recipients.Url, read.Recipients.Url);
        Assert.Equal(RecipientFileFormat.Xlsx, read.Recipients.Format);
        Assert.Equal("windows-1255", read.Recipients.Encoding);
        var components = read.Message.Template!.Components!;
        Assert.Equal(new TemplateParameter("{{city}}", "city"), components[0].Parameters![1]);
        Assert.Equal(("button", "url", 0), (components[1].Type, components[1].SubType, components[1].Index));
        Assert.Equal(original.VariableDefaults, read.VariableDefaults);
    }

    [Fact]
    public void Serialize_Snapshot_WritesCamelCaseEnumNamesAndOmitsNulls()
    {
        var json = CampaignRunSnapshotJson.Serialize(Snapshots.Valid());

        Assert.Contains("\"configMap\": {", json);
        Assert.Contains("\"format\": \"auto\"", json);
        Assert.Contains("\"defaultRegion\": \"IL\"", json);
        Assert.DoesNotContain("null", json);
        Assert.DoesNotContain("\"url\"", json);
    }

    [Fact]
    public void Serialize_ValidSnapshot_HasTheDocumentedShape()
    {
        // The operator writes this shape (a later issue); changing it is a wire change.
        Assert.Equal("""
            {
              "namespace": "shop",
              "campaign": "spring-sale",
              "runId": "spring-sale-29001234",
              "session": "main-number",
              "recipients": {
                "configMap": {
                  "name": "contacts",
                  "key": "list.csv"
                },
                "format": "auto",
                "defaultRegion": "IL"
              },
              "message": {
                "text": "Hi {{name}}, spring sale!"
              }
            }
            """, CampaignRunSnapshotJson.Serialize(Snapshots.Valid()).ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Deserialize_RawOperatorJson_ReadsOneOfFieldsAndDefaults()
    {
        const string json = """
            {"namespace":"shop","campaign":"c1","session":"s1",
             "recipients":{"inline":["+972501234567","050-123-4568"]},
             "message":{"text":"hello"}}
            """;

        var snapshot = CampaignRunSnapshotJson.Deserialize(json, "test");

        Assert.Equal(["+972501234567", "050-123-4568"], snapshot.Recipients.Inline);
        Assert.Equal(RecipientFileFormat.Auto, snapshot.Recipients.Format);
        Assert.Null(snapshot.VariableDefaults);
    }

    [Fact]
    public void Deserialize_UnknownProperty_FailsNamingThePath()
    {
        const string json = """
            {"namespace":"shop","campaign":"c1","session":"s1",
             "recipients":{"inline":[],"fromat":"csv"},"message":{"text":"hello"}}
            """;

        var error = Assert.Throws<CampaignSnapshotException>(() => CampaignRunSnapshotJson.Deserialize(json, "snap.json"));

        Assert.Contains("snap.json", error.Message);
        Assert.Contains("fromat", error.Message);
    }

    [Fact]
    public void Deserialize_MissingRequiredSession_Fails()
    {
        const string json = """{"namespace":"shop","campaign":"c1","recipients":{"inline":[]},"message":{"text":"x"}}""";

        var error = Assert.Throws<CampaignSnapshotException>(() => CampaignRunSnapshotJson.Deserialize(json, "env"));

        Assert.Contains("session", error.Message);
    }

    [Fact]
    public void Deserialize_UnknownFormat_Fails()
    {
        const string json = """
            {"namespace":"shop","campaign":"c1","session":"s","recipients":{"inline":[],"format":"xls"},"message":{"text":"x"}}
            """;

        var error = Assert.Throws<CampaignSnapshotException>(() => CampaignRunSnapshotJson.Deserialize(json, "env"));

        Assert.Contains("$.recipients.format", error.Message);
    }

    [Fact]
    public void Serialize_Delivery_HasTheDocumentedShapeAndRoundTrips()
    {
        var snapshot = Snapshots.Valid() with
        {
            Delivery = new DeliverySettings
            {
                Rate = new SendRate { MessagesPerSecond = 20, Burst = 5 },
                Retry = new RetrySettings { InitialBackoffMilliseconds = 1_000, MaxBackoffMilliseconds = 90_000, MaxAttempts = 7 },
                Guarantee = DeliveryPolicy.AtLeastOnce,
                DedupeScope = DedupeScope.Session,
            },
        };

        var json = CampaignRunSnapshotJson.Serialize(snapshot);

        Assert.Contains("""
              "delivery": {
                "rate": {
                  "messagesPerSecond": 20,
                  "burst": 5
                },
                "retry": {
                  "initialBackoffMilliseconds": 1000,
                  "maxBackoffMilliseconds": 90000,
                  "maxAttempts": 7
                },
                "guarantee": "AtLeastOnce",
                "dedupeScope": "Session"
              }
            """, json.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Equal(snapshot.Delivery, CampaignRunSnapshotJson.Deserialize(json, "test").Delivery);
    }
}
