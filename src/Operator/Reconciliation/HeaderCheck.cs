using WhatsAppCampaigns.CampaignState.Personalization;
using WhatsAppCampaigns.CampaignState.Recipients;
using WhatsAppCampaigns.CampaignState.Recipients.Columns;
using WhatsAppCampaigns.CampaignState.Recipients.Formats;
using WhatsAppCampaigns.CampaignState.Snapshot;
using WhatsAppCampaigns.Operator.Entities;

namespace WhatsAppCampaigns.Operator.Reconciliation;

/// <summary>
/// Checks a recipient file's header against the spec with the sender's own rules: the phone
/// (and recipient-id) column is found, and every <c>{{variable}}</c> resolves to a column or a
/// default. Only delimited text is checked here (XLSX and URLs are checked by the sender). Pure.
/// </summary>
public static class HeaderCheck
{
    /// <summary>A violation, or null when the header fits the spec (or cannot be checked here).</summary>
    /// <param name="spec">The campaign spec.</param>
    /// <param name="fileName">The source's name, for messages.</param>
    /// <param name="content">The file's text (its first lines choose the delimiter, the first is the header).</param>
    /// <param name="field">The spec field of the source, e.g. <c>spec.recipients.configMapKeyRef</c>.</param>
    public static Violation? Check(V1WhatsAppCampaign.CampaignSpec spec, string fileName, string content, string field)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(content);
        var format = spec.Recipients.Format ?? V1WhatsAppCampaign.RecipientFormat.Auto;
        if (format is V1WhatsAppCampaign.RecipientFormat.Xlsx or V1WhatsAppCampaign.RecipientFormat.Txt) return null;
        var text = content.TrimStart('\uFEFF');
        var firstLine = text.Split('\n', 2)[0].TrimEnd('\r');
        if (firstLine.Length == 0) return new Violation(field, "RecipientsUnreadable", $"{fileName} is empty");
        // The sender's own detection (first lines, , ; tab |): both read the same columns.
        var delimiter = format == V1WhatsAppCampaign.RecipientFormat.Tsv ? '\t' : DelimiterDetector.Detect(text);
        if (format == V1WhatsAppCampaign.RecipientFormat.Auto && delimiter is null)
            return CheckVariablesOnly(spec, [firstLine]);
        var headers = delimiter is { } d ? SplitHeader(firstLine, d) : [firstLine.Trim()];
        RecipientColumns columns;
        try
        {
            var mapping = spec.Recipients.Columns is { } c ? new ColumnMapping { Phone = c.Phone, RecipientId = c.RecipientId } : null;
            columns = RecipientColumnResolver.Resolve(fileName, headers, mapping);
        }
        catch (RecipientFileException ex)
        {
            var columnField = spec.Recipients.Columns?.Phone is not null ? "spec.recipients.columns" : field;
            return new Violation(columnField, "RecipientColumnsInvalid", ex.Message);
        }
        try
        {
            _ = MessagePersonalizer.Compile(SnapshotBuilder.Message(spec.Message), Defaults(spec), columns);
            return null;
        }
        catch (PersonalizationException ex)
        {
            return new Violation(MessageField(spec), "TemplateVariableUnresolvable", ex.Message);
        }
    }

    private static Violation? CheckVariablesOnly(V1WhatsAppCampaign.CampaignSpec spec, IReadOnlyList<string> headers)
    {
        try
        {
            _ = MessagePersonalizer.Compile(SnapshotBuilder.Message(spec.Message), Defaults(spec), new RecipientColumns(headers, 0, "only column", null));
            return null;
        }
        catch (PersonalizationException ex)
        {
            return new Violation(MessageField(spec), "TemplateVariableUnresolvable", ex.Message);
        }
    }

    private static Dictionary<string, string>? Defaults(V1WhatsAppCampaign.CampaignSpec spec) =>
        spec.Message.VariableDefaults is { } d ? new Dictionary<string, string>(d) : null;

    private static string MessageField(V1WhatsAppCampaign.CampaignSpec spec) =>
        spec.Message.Text is not null ? "spec.message.text" : "spec.message.template.parameters";

    /// <summary>Splits a header line, honouring double quotes.</summary>
    public static IReadOnlyList<string> SplitHeader(string line, char delimiter)
    {
        ArgumentNullException.ThrowIfNull(line);
        var cells = new List<string>();
        var cell = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var ch = line[i];
            if (quoted)
            {
                if (ch == '"' && i + 1 < line.Length && line[i + 1] == '"') { cell.Append('"'); i++; }
                else if (ch == '"') quoted = false;
                else cell.Append(ch);
            }
            else if (ch == '"') quoted = true;
            else if (ch == delimiter) { cells.Add(cell.ToString().Trim()); cell.Clear(); }
            else cell.Append(ch);
        }
        cells.Add(cell.ToString().Trim());
        return cells;
    }
}
