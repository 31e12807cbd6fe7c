using WhatsAppCampaigns.SenderWorker.Gateway;
using WhatsAppCampaigns.SenderWorker.Hosting;
using WhatsAppCampaigns.SenderWorker.Sending;

namespace WhatsAppCampaigns.SenderWorker.Tests.Sending;

public sealed class RecipientSenderTests
{
    [Theory]
    [InlineData(ErrorClass.Unavailable, true)]
    [InlineData(ErrorClass.Throttle, true)]
    [InlineData(ErrorClass.RecipientThrottle, true)]
    [InlineData(ErrorClass.RecipientPermanent, false)]
    [InlineData(ErrorClass.CampaignStop, false)]
    [InlineData(ErrorClass.LostReply, false)]
    [InlineData(ErrorClass.Success, false)]
    public void IsRetried_Class_OnlyTransientOnes(ErrorClass errorClass, bool retried) =>
        Assert.Equal(retried, RecipientSender.IsRetried(errorClass));

    [Theory]
    [InlineData("TooShort", "TOO_SHORT")]
    [InlineData("InvalidCountryCode", "INVALID_COUNTRY_CODE")]
    [InlineData("Empty", "EMPTY")]
    public void ScreamingSnake_ReasonName_MatchesRowCodes(string name, string code) =>
        Assert.Equal(code, PhoneNormalizerAdapter.ScreamingSnake(name));
}
