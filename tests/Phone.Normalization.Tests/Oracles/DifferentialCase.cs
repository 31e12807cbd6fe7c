namespace Phone.Normalization.Tests.Oracles;

/// <summary>One input of the differential corpus and the example number it was written from.</summary>
internal sealed record DifferentialCase(int Id, string Input, string? Region, string Source, string Form)
{
    public OracleRequest ToRequest() => new(Id, Input, Region);

    public override string ToString() => $"{Input} [{Region ?? "no region"}] ({Form} of {Source})";
}
