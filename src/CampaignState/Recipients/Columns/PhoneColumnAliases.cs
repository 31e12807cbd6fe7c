namespace WhatsAppCampaigns.CampaignState.Recipients.Columns;

/// <summary>
/// Header names taken to mean "the phone number", in several languages, grouped by preference:
/// when a file has both "Phone" and "Mobile", the mobile (WhatsApp-capable) one wins. Entries are
/// compared by <see cref="HeaderNames.MatchKey"/>, so case, diacritics, spaces and punctuation do
/// not matter ("Téléphone", "MOBILE NUMBER", "phone_number" all match).
/// </summary>
public static class PhoneColumnAliases
{
    /// <summary>Groups in order of preference; earlier groups win over later ones.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Groups { get; } =
    [
        // WhatsApp itself
        ["whatsapp", "whatsapp number", "whatsapp phone", "wa id", "wa number", "واتساب", "ווטסאפ", "וואטסאפ"],
        // mobile / cell
        [
            "mobile", "mobile number", "mobile phone", "mobile no", "cell", "cellphone", "cell phone", "cell number",
            "msisdn", "handy", "handynummer", "mobil", "mobilnummer", "mobiltelefon", "celular", "móvil", "movil",
            "telemóvel", "portable", "téléphone portable", "cellulare", "mobiel", "gsm", "cep", "cep telefonu",
            "נייד", "טלפון נייד", "פלאפון", "סלולרי", "جوال", "موبايل", "الجوال", "رقم الجوال",
            "мобильный", "мобильный телефон", "мобильный номер", "сотовый",
            "手机", "手機", "手机号", "手机号码", "携帯", "携帯電話", "携帯番号", "휴대폰", "핸드폰", "휴대전화",
        ],
        // phone / telephone
        [
            "phone", "phone number", "phone no", "telephone", "telephone number", "tel", "tel no",
            "telefon", "telefonnummer", "teléfono", "telefono", "numero de telefono", "telefone",
            "téléphone", "numéro de téléphone", "telefoon", "telefoonnummer", "telefonu",
            "טלפון", "מספר טלפון", "هاتف", "الهاتف", "رقم الهاتف", "телефон", "номер телефона",
            "電話", "電話番号", "电话", "电话号码", "電話號碼", "전화", "전화번호", "फ़ोन", "फोन",
        ],
        // a bare "number"
        ["number", "número", "numero", "numéro", "nummer", "מספר", "رقم", "номер", "番号", "号码", "번호"],
    ];

    /// <summary>Every alias, flattened, in preference order (for "looked for" messages).</summary>
    public static IReadOnlyList<string> All { get; } = [.. Groups.SelectMany(g => g)];

    private static readonly Dictionary<string, int> Preference = BuildPreference();

    /// <summary>The preference group of a header (0 is best), or null when it is not a phone alias.</summary>
    public static int? PreferenceOf(string header)
    {
        var key = HeaderNames.MatchKey(header);
        return key.Length > 0 && Preference.TryGetValue(key, out var group) ? group : null;
    }

    private static Dictionary<string, int> BuildPreference()
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var group = 0; group < Groups.Count; group++)
        {
            foreach (var alias in Groups[group]) map.TryAdd(HeaderNames.MatchKey(alias), group);
        }
        return map;
    }
}
