using System.Globalization;
using System.Text;

namespace WhatsAppCampaigns.SenderWorker.Tests.Acceptance;

/// <summary>
/// Like TestData/MessyRecipientList, but with numbers the real Phone.Normalization accepts
/// (Israeli mobiles 972-52-xxxxxxx; that list's 972-50-1… block is not allocated, fine for its fake normalizer).
/// </summary>
internal sealed class ValidMessyList
{
    private static readonly Func<string, string>[] MessyForms =
    [
        d => $" +972 {d[3..5]}-{d[5..8]} {d[8..]} ",
        d => $"0{d[3..5]}-{d[5..]}",
        d => $"(0{d[3..5]}) {d[5..8]}-{d[8..]}",
        d => $"00{d}",
    ];

    private static readonly string[] InvalidForms = ["", "n/a", "123", "call me", "+9725212345678901"];

    public ValidMessyList(int rows, double messy, double invalid, double duplicate, int seed)
    {
        var random = new Random(seed);
        int messyCount = (int)(rows * messy), invalidCount = (int)(rows * invalid), duplicateCount = (int)(rows * duplicate);
        var kinds = Enumerable.Repeat('c', rows - messyCount - invalidCount - duplicateCount).Concat(Enumerable.Repeat('m', messyCount))
            .Concat(Enumerable.Repeat('i', invalidCount)).Concat(Enumerable.Repeat('d', duplicateCount)).ToArray();
        random.Shuffle(kinds);
        var firstValid = Array.FindIndex(kinds, k => k is 'c' or 'm');
        (kinds[0], kinds[firstValid]) = (kinds[firstValid], kinds[0]);
        var csv = new StringBuilder("phone,name\n");
        var issued = new List<string>();
        foreach (var kind in kinds)
        {
            var line = kind switch
            {
                'c' => $"+{Issue(issued)},Name{issued.Count}",
                'm' => $"{MessyForms[random.Next(MessyForms.Length)](Issue(issued))},Name{issued.Count}",
                'i' => $"{InvalidForms[random.Next(InvalidForms.Length)]},Nobody",
                _ => $"{MessyForms[random.Next(MessyForms.Length)](issued[random.Next(issued.Count)])},Again",
            };
            csv.Append(line).Append('\n');
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

    private static string Issue(List<string> issued)
    {
        var digits = "97252" + (2_000_000 + issued.Count).ToString("D7", CultureInfo.InvariantCulture);
        issued.Add(digits);
        return digits;
    }
}
