using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace WhatsAppCampaigns.SenderWorker.Recipients.Text;

/// <summary>Looks up encodings by name, including the Windows and ISO code pages .NET leaves out by default.</summary>
public static class TextEncodings
{
    static TextEncodings() =>
        // Code pages (windows-1252, windows-1255, ...) and ExcelDataReader's .xls support need the
        // provider; registering twice is harmless, so a static constructor is enough.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Makes sure the code-page provider is registered (idempotent).</summary>
    public static void EnsureCodePages()
    {
        // Touching the type runs the static constructor.
    }

    /// <summary>Finds an encoding by its web or Windows name (e.g. "utf-8", "windows-1255", "utf-16le").</summary>
    public static bool TryGet(string name, [NotNullWhen(true)] out Encoding? encoding)
    {
        try
        {
            encoding = Encoding.GetEncoding(name.Trim());
            return true;
        }
        catch (ArgumentException)
        {
            encoding = null;
            return false;
        }
    }
}
