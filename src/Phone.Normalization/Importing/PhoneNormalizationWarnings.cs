namespace Phone.Normalization.Importing;

/// <summary>Things a successful normalization changed or dropped, for the import report.</summary>
[Flags]
public enum PhoneNormalizationWarnings
{
    /// <summary>Nothing to report.</summary>
    None = 0,

    /// <summary>An extension was present; E.164 (and WhatsApp) cannot carry it, so it was dropped.</summary>
    HasExtension = 1,

    /// <summary>A spreadsheet artefact was removed: Excel's leading apostrophe, wrapping quotes, or a float's trailing ".0".</summary>
    RemovedSpreadsheetArtifact = 2,

    /// <summary>Unicode was folded: full-width or other-script digits, special spaces, invisible format characters (BOM, bidi marks).</summary>
    FoldedUnicode = 4,
}
