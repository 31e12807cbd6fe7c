namespace Phone.Normalization.Metadata;

/// <summary>
/// Google's <c>PhoneNumberDesc</c>: the pattern and lengths of one number type (or of the whole
/// region, for the general description).
/// </summary>
internal sealed class NumberDesc(LazyPattern? pattern, int[] possibleLengths, int[] localOnlyLengths, string? exampleNumber)
{
    /// <summary>A type the region does not have (Google writes its possible lengths as [-1]).</summary>
    public static NumberDesc Absent { get; } = new(null, [], [], null);

    /// <summary>Full-match pattern; null when the region has no such numbers.</summary>
    public LazyPattern? Pattern { get; } = pattern;

    /// <summary>Allowed NSN lengths, ascending; empty means "the region's general lengths".</summary>
    public int[] PossibleLengths { get; } = possibleLengths;

    /// <summary>Lengths that are only diallable inside an area (Google's possible_length_local_only).</summary>
    public int[] LocalOnlyLengths { get; } = localOnlyLengths;

    /// <summary>Google's example NSN for this type, when there is one.</summary>
    public string? ExampleNumber { get; } = exampleNumber;

    /// <summary>False for a type the region does not have.</summary>
    public bool HasPossibleNumberData => Pattern is not null;

    /// <summary>Google's isNumberMatchingDesc: length allowed (when listed) and full pattern match.</summary>
    public bool Matches(string nationalNumber)
    {
        if (Pattern is null)
        {
            return false;
        }

        if (PossibleLengths.Length > 0 && Array.IndexOf(PossibleLengths, nationalNumber.Length) < 0)
        {
            return false;
        }

        return Pattern.IsMatch(nationalNumber);
    }
}
