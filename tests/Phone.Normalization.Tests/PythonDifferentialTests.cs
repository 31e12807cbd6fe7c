using Phone.Normalization.Tests.Oracles;
using Xunit.Abstractions;

namespace Phone.Normalization.Tests;

/// <summary>
/// Second opinion: Debian's python3-phonenumbers 8.12.57, a port of the same algorithm with 2022
/// metadata. Where the numbering plans did not change since, its answers must match ours; the
/// regions whose plans changed are listed in <see cref="PythonDriftAllowList"/> with the reason.
/// </summary>
public sealed class PythonDifferentialTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Parse_EveryExampleNumberInEveryForm_AgreesWithPythonPhonenumbersOutsideDriftedRegions()
    {
        var cases = DifferentialCorpus.Build();
        var theirs = await OracleProcess.PythonAsync(cases.Select(c => c.ToRequest()).ToList());

        var disagreements = cases.SelectMany(c => DifferentialComparison.Compare(c, OurAnswers.For(c), theirs[c.Id])).ToList();
        var disagreeingCases = disagreements.Select(d => d.Case.Id).Distinct().Count();
        var unexplained = disagreements.Where(d => PythonDriftAllowList.Explain(d) is null).ToList();
        output.WriteLine(
            $"python3-phonenumbers: {cases.Count} inputs, {cases.Count - disagreeingCases} agree on E.164/error, validity and type " +
            $"({100.0 * (cases.Count - disagreeingCases) / cases.Count:F2}%); {disagreements.Count - unexplained.Count} allow-listed " +
            $"disagreements, {unexplained.Count} unexplained.");
        foreach (var group in disagreements.GroupBy(d => PythonDriftAllowList.Explain(d) ?? "UNEXPLAINED"))
        {
            output.WriteLine($"  x{group.Count()}: {group.Key}");
        }

        foreach (var d in unexplained.Take(100))
        {
            output.WriteLine("  UNEXPLAINED " + d);
        }

        Assert.True(unexplained.Count == 0, $"{unexplained.Count} disagreements with python3-phonenumbers are not explained, first: {unexplained.FirstOrDefault()}");
    }
}
