using Phone.Normalization.Tests.Oracles;
using Xunit.Abstractions;

namespace Phone.Normalization.Tests;

/// <summary>
/// Differential test of libphonenumber-csharp (what <c>PhoneNormalizer</c> parses with) against
/// Google's own JS build (npm google-libphonenumber, run once with node for the whole corpus): E.164 result (or error), validity and type must agree for
/// every example number in every form, except the explained entries of <see cref="DifferentialAllowList"/>.
/// </summary>
public sealed class GoogleDifferentialTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Parse_EveryExampleNumberInEveryForm_AgreesWithGoogle()
    {
        var cases = DifferentialCorpus.Build();
        var theirs = await OracleProcess.GoogleAsync(cases.Select(c => c.ToRequest()).ToList());

        var ours = cases.ToDictionary(c => c.Id, OurAnswers.For);
        var disagreements = cases.SelectMany(c => DifferentialComparison.Compare(c, ours[c.Id], theirs[c.Id])).ToList();
        // Both sides are Google's algorithm on Google's metadata, so formats of valid numbers must be identical.
        var formatted = cases.Where(c => ours[c.Id].Valid && theirs[c.Id].Valid).ToList();
        var formatMismatches = formatted
            .Where(c => ours[c.Id].International != theirs[c.Id].International || ours[c.Id].National != theirs[c.Id].National)
            .ToList();
        output.WriteLine(
            $"formatting: {formatted.Count - formatMismatches.Count} of {formatted.Count} valid numbers format identically " +
            "(INTERNATIONAL and NATIONAL)");
        var disagreeingCases = disagreements.Select(d => d.Case.Id).Distinct().Count();
        var unexplained = disagreements.Where(d => DifferentialAllowList.Explain(d) is null).ToList();
        output.WriteLine(
            $"google-libphonenumber: {cases.Count} inputs, {cases.Count - disagreeingCases} agree on E.164/error, validity and type " +
            $"({100.0 * (cases.Count - disagreeingCases) / cases.Count:F2}%); {disagreements.Count - unexplained.Count} allow-listed " +
            $"disagreements, {unexplained.Count} unexplained.");
        foreach (var group in disagreements.Where(d => DifferentialAllowList.Explain(d) is not null).GroupBy(DifferentialAllowList.Explain))
        {
            output.WriteLine($"  allow-listed x{group.Count()}: {group.Key}");
        }

        foreach (var d in unexplained.Take(200))
        {
            output.WriteLine("  UNEXPLAINED " + d);
        }

        Assert.True(formatMismatches.Count == 0, $"{formatMismatches.Count} formatting differences, first: {formatMismatches.FirstOrDefault()}");
        Assert.True(unexplained.Count == 0, $"{unexplained.Count} disagreements with Google are not allow-listed, first: {unexplained.FirstOrDefault()}");
    }
}
