using WhatsAppCampaigns.SenderWorker.Hosting;
using WhatsAppCampaigns.SenderWorker.Tests.TestData;

namespace WhatsAppCampaigns.SenderWorker.Tests.Acceptance;

/// <summary>The generated list means what it says, for the real normalizer and the tests' fake one alike.</summary>
public sealed class ValidMessyListTests
{
    private const string Digits = "972522000042";

    [Fact]
    public void MessyForms_EachForm_IsTheSameNumberForTheRealAndTheFakeNormalizer()
    {
        var real = new PhoneNormalizerAdapter();
        var fake = new FakePhoneNormalizer();
        foreach (var form in ValidMessyList.MessyForms.Select(f => f(Digits).Trim())) // cells are trimmed (RecipientRow.Cell)
        {
            Assert.Equal("+" + Digits, real.Normalize(form, "IL").E164);
            Assert.Equal("+" + Digits, fake.Normalize(form, "IL").E164);
        }
    }

    [Fact]
    public void InvalidForms_EachForm_IsRefusedByTheRealAndTheFakeNormalizer()
    {
        var real = new PhoneNormalizerAdapter();
        var fake = new FakePhoneNormalizer();
        foreach (var form in ValidMessyList.InvalidForms.Where(f => f.Length > 0))
        {
            Assert.Null(real.Normalize(form, "IL").E164);
            Assert.Null(fake.Normalize(form, "IL").E164);
        }
    }
}
