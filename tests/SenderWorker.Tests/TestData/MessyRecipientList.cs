using System.Globalization;
using System.Text;

namespace WhatsAppCampaigns.SenderWorker.Tests.TestData;

/// <summary>
/// A generated recipients CSV with known proportions of clean, messy-but-valid, invalid and
/// duplicate rows, shuffled with a seed, and the outcome each kind must get.
/// </summary>
public sealed class MessyRecipientList
{
    private static readonly Func<string, string>[] MessyForms =
    [
        digits => $" +972 {digits[3..5]}-{digits[5..8]} {digits[8..]} ",  // spaces and dashes
        digits => $"'{digits}",                                           // Excel text marker
        digits => $"0{digits[3..5]}-{digits[5..]}",                        // national, region IL
        digits => $"(0{digits[3..5]}) {digits[5..8]}-{digits[8..]}",       // parentheses
        digits => $"{digits}.0",                                          // float rendering
        digits => $"00{digits}",                                          // international prefix
        digits => $"\"+{digits}\"",                                       // quoted inside the cell
    ];

    private static readonly string[] InvalidForms = ["", "n/a", "123", "9.72502E+11", "+9725012345678901", "call me"];

    public MessyRecipientList(int rows, double messy, double invalid, double duplicate, int seed)
    {
        var random = new Random(seed);
        int messyCount = (int)(rows * messy), invalidCount = (int)(rows * invalid), duplicateCount = (int)(rows * duplicate);
        var kinds = Enumerable.Repeat('c', rows - messyCount - invalidCount - duplicateCount)
            .Concat(Enumerable.Repeat('m', messyCount))
            .Concat(Enumerable.Repeat('i', invalidCount))
            .Concat(Enumerable.Repeat('d', duplicateCount))
            .ToArray();
        random.Shuffle(kinds);
        // A duplicate needs an earlier valid row to repeat; the first row is made a clean one.
        var firstValid = Array.FindIndex(kinds, k => k is 'c' or 'm');
        (kinds[0], kinds[firstValid]) = (kinds[firstValid], kinds[0]);

        var csv = new StringBuilder("phone,name\n");
        var issued = new List<string>();
        foreach (var kind in kinds)
        {
            switch (kind)
            {
                case 'c':
                    csv.Append(CultureInfo.InvariantCulture, $"+{Issue(issued)},Name{issued.Count}\n");
                    break;
                case 'm':
                    csv.Append(CultureInfo.InvariantCulture, $"{Quote(MessyForms[random.Next(MessyForms.Length)](Issue(issued)))},Name{issued.Count}\n");
                    break;
                case 'i':
                    csv.Append(CultureInfo.InvariantCulture, $"{InvalidForms[random.Next(InvalidForms.Length)]},Nobody\n");
                    break;
                default:
                    var earlier = issued[random.Next(issued.Count)];
                    csv.Append(CultureInfo.InvariantCulture, $"{Quote(MessyForms[random.Next(MessyForms.Length)](earlier))},Again\n");
                    break;
            }
        }
        Csv = Encoding.UTF8.GetBytes(csv.ToString());
        ExpectedValid = [.. issued.Select(d => "+" + d)];
        ExpectedInvalid = invalidCount;
        ExpectedDuplicates = duplicateCount;
    }

    public byte[] Csv { get; }

    public IReadOnlyList<string> ExpectedValid { get; }

    public int ExpectedInvalid { get; }

    public int ExpectedDuplicates { get; }

    // Unique Israeli mobiles 97250xxxxxxx, one per valid person.
    private static string Issue(List<string> issued)
    {
        var digits = "97250" + (1_000_000 + issued.Count).ToString("D7", CultureInfo.InvariantCulture);
        issued.Add(digits);
        return digits;
    }

    private static string Quote(string cell) => cell.Contains('"', StringComparison.Ordinal) ? $"\"{cell.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : cell;
}
