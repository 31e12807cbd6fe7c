using Microsoft.Extensions.Options;

namespace WhatsAppCampaigns.MockGateway.Hosting;

/// <summary>Checks the whole options tree (data annotations do not look inside lists); each failure names its field.</summary>
internal sealed class MockGatewayOptionsValidator : IValidateOptions<MockGatewayOptions>
{
    public ValidateOptionsResult Validate(string? name, MockGatewayOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = Check(options).ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <exception cref="OptionsValidationException">Some field is invalid.</exception>
    public static void ThrowIfInvalid(MockGatewayOptions options)
    {
        var result = new MockGatewayOptionsValidator().Validate(null, options);
        if (result.Failed) throw new OptionsValidationException(MockGatewayOptions.SectionName, typeof(MockGatewayOptions), result.Failures);
    }

    private static IEnumerable<string> Check(MockGatewayOptions o)
    {
        if (string.IsNullOrWhiteSpace(o.BusinessAccountId)) yield return "BusinessAccountId is required";
        if (o.PhoneNumbers.Count == 0) yield return "PhoneNumbers: at least one number is required";
        for (var i = 0; i < o.PhoneNumbers.Count; i++)
        {
            var n = o.PhoneNumbers[i];
            if (string.IsNullOrWhiteSpace(n.PhoneNumberId)) yield return $"PhoneNumbers[{i}].PhoneNumberId is required";
            if (string.IsNullOrWhiteSpace(n.AccessToken)) yield return $"PhoneNumbers[{i}].AccessToken is required";
            if (string.IsNullOrWhiteSpace(n.DisplayPhoneNumber)) yield return $"PhoneNumbers[{i}].DisplayPhoneNumber is required";
            if (n.ThroughputPerSecond is < 1 or > 1000)
                yield return $"PhoneNumbers[{i}].ThroughputPerSecond must be 1 to 1000 (Meta's maximum), was {n.ThroughputPerSecond}";
        }
        foreach (var duplicate in o.PhoneNumbers.GroupBy(n => n.PhoneNumberId).Where(g => g.Count() > 1))
            yield return $"PhoneNumbers: PhoneNumberId '{duplicate.Key}' appears {duplicate.Count()} times";
        for (var i = 0; i < o.Templates.Count; i++)
        {
            var t = o.Templates[i];
            if (string.IsNullOrWhiteSpace(t.Name)) yield return $"Templates[{i}].Name is required";
            if (string.IsNullOrWhiteSpace(t.Language)) yield return $"Templates[{i}].Language is required";
            if (t.HeaderParameters < 0 || t.BodyParameters < 0 || t.ButtonParameters < 0)
                yield return $"Templates[{i}]: parameter counts cannot be negative";
        }
        foreach (var duplicate in o.Templates.GroupBy(t => (t.Name, t.Language)).Where(g => g.Count() > 1))
            yield return $"Templates: '{duplicate.Key.Name}' in '{duplicate.Key.Language}' appears {duplicate.Count()} times";
        if (o.MessagingLimit is < 1) yield return $"MessagingLimit must be positive or unset, was {o.MessagingLimit}";
        if (o.MaxRecordedMessages is < 1 or > 10_000_000)
            yield return $"MaxRecordedMessages must be 1 to 10,000,000, was {o.MaxRecordedMessages}";
        if (o.PairRateBurst < 1) yield return $"PairRateBurst must be at least 1, was {o.PairRateBurst}";
        if (o.PairRateInterval <= TimeSpan.Zero) yield return "PairRateInterval must be positive";
        var w = o.Webhooks;
        if (w.CallbackUrl is { } url && (!url.IsAbsoluteUri || url.Scheme is not ("http" or "https")))
            yield return $"Webhooks.CallbackUrl must be an absolute http(s) URL, was '{url}'";
        if (w.Concurrency < 1) yield return "Webhooks.Concurrency must be at least 1";
        if (w.MaxBatchSize < 1) yield return "Webhooks.MaxBatchSize must be at least 1";
        if (w.QueueCapacity < 1) yield return "Webhooks.QueueCapacity must be at least 1";
        if (w.MaxAttempts < 1) yield return "Webhooks.MaxAttempts must be at least 1";
        if (w.RequestTimeout <= TimeSpan.Zero) yield return "Webhooks.RequestTimeout must be positive";
        if (w.InitialRetryDelay < TimeSpan.Zero || w.MaxRetryDelay < w.InitialRetryDelay)
            yield return "Webhooks: need 0 <= InitialRetryDelay <= MaxRetryDelay";
    }
}
