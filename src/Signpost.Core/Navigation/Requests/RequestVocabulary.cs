namespace Signpost.Core.Navigation.Requests;

/// <summary>Channels, communication needs and the languages offered on the request form.</summary>
public static class RequestVocabulary
{
    public const string Online = "online";
    public static readonly IReadOnlyList<string> Channels = [Online, "phone", "walk-in"];

    /// <summary>Accessible Information Standard needs, plus an interpreter.</summary>
    public static readonly IReadOnlyDictionary<string, string> CommunicationNeeds = new Dictionary<string, string>
    {
        ["interpreter"] = "A spoken-language interpreter",
        ["bsl"] = "A British Sign Language (BSL) interpreter",
        ["easy-read"] = "Easy read information",
        ["large-print"] = "Large print",
        ["braille"] = "Braille",
        ["hearing-loop"] = "A hearing loop",
        ["other"] = "Something else (tell us below)",
    };

    /// <summary>English and the BLMK languages most spoken at home (Census 2021); the language module extends this.</summary>
    public static readonly IReadOnlyDictionary<string, string> Languages = new Dictionary<string, string>
    {
        ["en"] = "English", ["ur"] = "Urdu (اردو)", ["pl"] = "Polish (polski)", ["ro"] = "Romanian (română)",
        ["bn"] = "Bengali (বাংলা)", ["pa"] = "Punjabi (ਪੰਜਾਬੀ)", ["ar"] = "Arabic (العربية)", ["gu"] = "Gujarati (ગુજરાતી)",
        ["pt"] = "Portuguese (português)", ["so"] = "Somali (Soomaali)", ["lt"] = "Lithuanian (lietuvių)", ["tr"] = "Turkish (Türkçe)",
        ["bg"] = "Bulgarian (български)", ["ps"] = "Pashto (پښتو)", ["fa"] = "Persian (فارسی)", ["es"] = "Spanish (español)",
    };

    public static readonly IReadOnlyDictionary<string, string> RequestTypes = new Dictionary<string, string>
    {
        ["medical"] = "A health problem (new or ongoing)",
        ["repeat-prescription"] = "A repeat prescription",
        ["fit-note"] = "A fit note (sick note)",
        ["test-results"] = "Test results",
        ["letter"] = "A letter or form",
        ["other-admin"] = "Something else for the admin team",
    };
}
