namespace Phone.Normalization.Tests.Oracles;

/// <summary>One field on which our answer differs from an oracle's.</summary>
internal sealed record Disagreement(DifferentialCase Case, string Field, string Ours, string Theirs)
{
    public override string ToString() => $"{Case}: {Field} ours={Ours} theirs={Theirs}";
}
