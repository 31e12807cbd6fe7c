using System.Globalization;
using System.Text;

namespace WhatsAppCampaigns.SenderWorker.Tests.Acceptance;

/// <summary>
/// The one generated recipients CSV of the tests: known proportions of clean, messy-but-valid,
/// invalid and duplicate rows, shuffled with a seed, and the outcome each kind must get. Numbers are
/// unique Israeli mobiles 972-52-2xxxxxx, which the real Phone.Normalization accepts (and the
/// tests' FakePhoneNormalizer too), so the same list serves planner tests and real sender runs
/// (ValidMessyListTests checks every form against the real normalizer).
/// </summary>
internal sealed class ValidMessyList
{
    /// <summary>Ways people and spreadsheets write a valid number (digits = 972522xxxxxx).</summary>
    internal static readonly Func<string, string>[] MessyForms =
    [
        d => $" +972 {d[3..5]}-{d[5..8]} {d[8..]} ",   // spaces and dashes
        d => $"0{d[3..5]}-{d[5..]}",                   // national, region IL
        d => $"(0{d[3..5]}) {d[5..8]}-{d[8..]}",       // parentheses
        d => $"00{d}",                                // international prefix
        d => $"'+{d}",                                // Excel text marker
        d => $"\"+{d}\"",                             // quoted inside the cell
    ];

    /// <summary>Cells that are not a usable number.</summary>
    internal static readonly string[] InvalidForms = ["", "n/a", "123", "call me", "9.72522E+11", "+9725212345678901"];

    public ValidMessyList(int rows, double messy, double invalid, double duplicate, int seed)
    {
        var random = new Random(seed);
        int messyCount = (int)(rows * messy), invalidCount = (int)(rows * invalid), duplicateCount = (int)(rows * duplicate);
        var kinds = Enumerable.Repeat('c', rows - messyCount - invalidCount - duplicateCount).Concat(Enumerable.Repeat('m', messyCount))
            .Concat(Enumerable.Repeat('i', invalidCount)).Concat(Enumerable.Repeat('d', duplicateCount)).ToArray();
        random.Shuffle(kinds);
        // A duplicate needs an earlier valid row to repeat; the first row is made a valid one.
        var firstValid = Array.FindIndex(kinds, k => k is 'c' or 'm');
        (kinds[0], kinds[firstValid]) = (kinds[firstValid], kinds[0]);
        var csv = new StringBuilder("phone,name\n");
        var issued = new List<string>();
        foreach (var kind in kinds)
        {
            var line = kind switch
            {
                'c' => $"+{Issue(issued)},Name{issued.Count}",
                'm' => $"{Quote(MessyForms[random.Next(MessyForms.Length)](Issue(issued)))},Name{issued.Count}",
                'i' => $"{InvalidForms[random.Next(InvalidForms.Length)]},Nobody",
                _ => $"{Quote(MessyForms[random.Next(MessyForms.Length)](issued[random.Next(issued.Count)]))},Again",
            };
            csv.Append(line).Append('\n');
        }
        Csv = Encoding.UTF8.GetBytes(csv.ToString());
        ExpectedValid = [.. issued.Select(d => "+" + d)];
        ExpectedInvalid = invalidCount;
        ExpectedDuplicates = duplicateCount;
    }

    /// <summary>The file, UTF-8, header <c>phone,name</c>.</summary>
    public byte[] Csv { get; }

    /// <summary>Every valid person's E.164 number, once each.</summary>
    public IReadOnlyList<string> ExpectedValid { get; }

    /// <summary>Rows that must end invalid.</summary>
    public int ExpectedInvalid { get; }

    /// <summary>Rows that must end duplicate (of an earlier valid row).</summary>
    public int ExpectedDuplicates { get; }

    private static string Issue(List<string> issued)
    {
        var digits = "97252" + (2_000_000 + issued.Count).ToString("D7", CultureInfo.InvariantCulture);
        issued.Add(digits);
        return digits;
    }

    // CSV-quotes a cell that holds quotes itself.
    private static string Quote(string cell) =>
        cell.Contains('"', StringComparison.Ordinal) ? $"\"{cell.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : cell;
}
