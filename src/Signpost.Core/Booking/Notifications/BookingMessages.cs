using Signpost.Core.Time;
using Signpost.Core.Translation;
using System.Globalization;
using System.Text.Json;

namespace Signpost.Core.Booking.Notifications;

/// <summary>
/// The words of booking messages, with times written as UK time, in the person's language when a translator has
/// approved that language's words for the message (<see cref="BookingMessageText"/>); otherwise in English. A
/// message is never half translated by machine: machine drafts are not sent, only approved text.
/// </summary>
public static class BookingMessages
{
    public static string Render(string kind, string language, IReadOnlyDictionary<string, string> p, string baseUrl, LanguageSnapshot? translations = null)
    {
        if (!BookingMessageText.Templates.TryGetValue(kind, out var english)) throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown message kind.");
        var template = Approved(translations, BookingMessageText.TemplateKey(kind));
        var translated = template is not null && language != "en";
        string Words(string key, string englishWords) => translated ? Approved(translations, key) ?? englishWords : englishWords;

        var role = p.GetValueOrDefault("role");
        var who = Words(BookingMessageText.RoleKey(role), BookingMessageText.RoleWords(role));
        var how = p.TryGetValue("modality", out var modality) ? Words(BookingMessageText.ModalityKey(modality), BookingMessageText.ModalityWords(modality)) : "";
        var culture = translated ? Culture(language) : null;
        var when = p.TryGetValue("start", out var start) ? Describe(DateTimeOffset.Parse(start, CultureInfo.InvariantCulture), culture) : "";
        var until = p.TryGetValue("expires", out var expires) ? Describe(DateTimeOffset.Parse(expires, CultureInfo.InvariantCulture), culture)
            : Words(BookingMessageText.SoonKey, BookingMessageText.Soon);
        var link = kind switch
        {
            "offer" => Url(baseUrl, p, "offer_path"),
            "self-booking-link" => Url(baseUrl, p, "book_path"),
            _ => Url(baseUrl, p, "manage_path"),
        };
        return string.Format(CultureInfo.InvariantCulture, translated ? template! : english, how, who, p.GetValueOrDefault("site", ""), when, link, until);
    }

    /// <summary>The personalisation object stored with a notification, as strings.</summary>
    public static IReadOnlyDictionary<string, string> ReadPersonalisation(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.EnumerateObject()
            .Where(p => p.Value.ValueKind is not JsonValueKind.Null)
            .ToDictionary(p => p.Name, p => p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString()! : p.Value.GetRawText());
    }

    private static string? Approved(LanguageSnapshot? translations, string key) =>
        translations is not null && translations.ByKey.TryGetValue(key, out var t) && t.State == TranslationState.Approved ? t.Text : null;

    /// <summary>UK time in words: English as the rest of Signpost writes it, else the language's own long date and 24-hour time.</summary>
    private static string Describe(DateTimeOffset instant, CultureInfo? culture) =>
        culture is null ? UkTime.Describe(instant) : UkTime.ToLocal(instant).ToString("dddd d MMMM yyyy, HH:mm", culture);

    private static CultureInfo? Culture(string language)
    {
        try
        {
            return CultureInfo.GetCultureInfo(language);
        }
        catch (CultureNotFoundException)
        {
            return null;
        }
    }

    private static string Url(string baseUrl, IReadOnlyDictionary<string, string> p, string key) =>
        baseUrl.TrimEnd('/') + p.GetValueOrDefault(key, "/");
}
