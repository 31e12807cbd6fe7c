using Phone.Normalization.Importing;

namespace Phone.Normalization.Tests.Importing;

/// <summary>The clean-up step alone: what the parser is given, and what is refused before it.</summary>
public sealed class InputCleanerTests
{
    [Theory]
    [InlineData("972502345678.0", "972502345678")]
    [InlineData("+972502345678.000", "+972502345678")]
    [InlineData("050.234.5678", "050.234.5678")]          // dot-grouped number: not a float
    [InlineData("0502345678.5", "0502345678.5")]          // a real fraction is left for the parser to reject
    [InlineData("'+972502345678", "+972502345678")]
    [InlineData("\"+972 50 234 5678\"", "+972 50 234 5678")]
    [InlineData("＋９７２ ５０", "+972 50")]
    [InlineData("+972\u202F50", "+972 50")]
    [InlineData("\uFEFF\u200E+972\u00AD50", "+97250")]
    public void Clean_SpreadsheetAndUnicodeArtefacts_GivesWhatTheParserSees(string raw, string expected)
    {
        var verdict = InputCleaner.Clean(raw, out var cleaned, out _);

        Assert.Equal(InputCleaner.Verdict.Clean, verdict);
        Assert.Equal(expected, cleaned);
    }

    [Theory]
    [InlineData("9.72501E+11", "ScientificNotation")]
    [InlineData("-9.7E-3", "ScientificNotation")]
    [InlineData("#N/A", "Empty")]
    [InlineData("\t", "Empty")]
    [InlineData("0502345678 / 0502345679", "MultipleNumbers")]
    [InlineData("050/234/5678", "Clean")]
    [InlineData("tel:050-234-5678;phone-context=+972", "Clean")]
    [InlineData("+44 7400 123456;ext=12", "Clean")]
    public void Clean_Verdicts(string raw, string expected)
    {
        Assert.Equal(expected, InputCleaner.Clean(raw, out _, out _).ToString());
    }
}
