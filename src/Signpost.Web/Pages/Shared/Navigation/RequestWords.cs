using Microsoft.AspNetCore.Html;
using Signpost.Web.Languages;

namespace Signpost.Web.Pages.Shared.Navigation;

/// <summary>The request form's choices in the reader's language (the codes are <c>RequestVocabulary</c>'s).</summary>
public static class RequestWords
{
    public static IHtmlContent RequestType(PageText t, string type) => type switch
    {
        "medical" => t["A health problem (new or ongoing)"],
        "repeat-prescription" => t["A repeat prescription"],
        "fit-note" => t["A fit note (sick note)"],
        "test-results" => t["Test results"],
        "letter" => t["A letter or form"],
        "other-admin" => t["Something else for the admin team"],
        _ => t.English(type),
    };

    public static IHtmlContent CommunicationNeed(PageText t, string need) => need switch
    {
        "interpreter" => t["A spoken-language interpreter"],
        "bsl" => t["A British Sign Language (BSL) interpreter"],
        "easy-read" => t["Easy read information"],
        "large-print" => t["Large print"],
        "braille" => t["Braille"],
        "hearing-loop" => t["A hearing loop"],
        "other" => t["Something else (tell us below)"],
        _ => t.English(need),
    };
}
