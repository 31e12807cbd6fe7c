using System.Text;

namespace WhatsAppCampaigns.SenderWorker.Recipients.Text;

/// <summary>The outcome of <see cref="ContentSniffer.Sniff"/>.</summary>
/// <param name="Kind">What the content is.</param>
/// <param name="Encoding">For text: how to decode it.</param>
/// <param name="PreambleLength">For text: bytes of byte order mark to skip.</param>
/// <param name="Description">Plain words for messages, e.g. "UTF-16 LE (BOM)" or "a PDF document".</param>
/// <param name="Hint">What to try when the guess may be wrong, for the error message.</param>
public sealed record SniffResult(ContentKind Kind, Encoding? Encoding, int PreambleLength, string Description, string? Hint = null);
