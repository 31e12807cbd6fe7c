namespace Phone.Normalization.Tests.Oracles;

/// <summary>Compares our answers with an oracle's: parse outcome (E.164 or error), then validity and type.</summary>
internal static class DifferentialComparison
{
    public static IReadOnlyList<Disagreement> Compare(DifferentialCase testCase, OracleAnswer ours, OracleAnswer theirs)
    {
        if (ours.Outcome != theirs.Outcome)
        {
            return [new Disagreement(testCase, "outcome", ours.Outcome, theirs.Outcome)];
        }

        if (ours.Error is not null)
        {
            return [];
        }

        var found = new List<Disagreement>();
        if (ours.Valid != theirs.Valid)
        {
            found.Add(new Disagreement(testCase, "valid", ours.Valid.ToString(), theirs.Valid.ToString()));
        }

        if (ours.Type != theirs.Type)
        {
            found.Add(new Disagreement(testCase, "type", ours.Type ?? "", theirs.Type ?? ""));
        }

        return found;
    }
}
