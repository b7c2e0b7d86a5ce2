using Signpost.Core.Time;
using System.Globalization;
using System.Text.Json;

namespace Signpost.Core.Booking.Notifications;

/// <summary>
/// The words of booking messages, with times written as UK time. English only for now: this is where the
/// language module (issue 4) plugs in, choosing approved text by <c>language</c> (see docs/booking.md).
/// </summary>
public static class BookingMessages
{
    public static string Render(string kind, string language, IReadOnlyDictionary<string, string> p, string baseUrl)
    {
        _ = language;
        var who = p.TryGetValue("role", out var role) ? Article(MdtRoles.NameOf(role).ToLowerInvariant()) : "the practice team";
        var how = p.TryGetValue("modality", out var modality) ? Modalities.NameOf(modality).ToLowerInvariant() : "";
        var when = p.TryGetValue("start", out var start) ? UkTime.Describe(DateTimeOffset.Parse(start, CultureInfo.InvariantCulture)) : "";
        var site = p.GetValueOrDefault("site", "");
        return kind switch
        {
            "confirmation" => $"NHS appointment booked: {how} with {who} at {site} on {when}. To view or cancel: {Url(baseUrl, p, "manage_path")}",
            "reminder" => $"Reminder: your NHS appointment ({how}) with {who} at {site} is on {when}. To cancel: {Url(baseUrl, p, "manage_path")}",
            "cancellation" => $"Your NHS appointment with {who} at {site} on {when} has been cancelled.",
            "offer" => $"An earlier NHS appointment is free: {how} with {who} at {site} on {when}. It is kept for you until {Expiry(p)}. To take it: {Url(baseUrl, p, "offer_path")}",
            "self-booking-link" => $"Choose a time for your NHS appointment with {who}: {Url(baseUrl, p, "book_path")} (this link works once, until {Expiry(p)}).",
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown message kind."),
        };
    }

    /// <summary>The personalisation object stored with a notification, as strings.</summary>
    public static IReadOnlyDictionary<string, string> ReadPersonalisation(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.EnumerateObject()
            .Where(p => p.Value.ValueKind is not JsonValueKind.Null)
            .ToDictionary(p => p.Name, p => p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString()! : p.Value.GetRawText());
    }

    private static string Url(string baseUrl, IReadOnlyDictionary<string, string> p, string key) =>
        baseUrl.TrimEnd('/') + p.GetValueOrDefault(key, "/");

    private static string Expiry(IReadOnlyDictionary<string, string> p) =>
        p.TryGetValue("expires", out var expires) ? UkTime.Describe(DateTimeOffset.Parse(expires, CultureInfo.InvariantCulture)) : "soon";

    private static string Article(string noun) => ("aeiou".Contains(noun[0], StringComparison.Ordinal) ? "an " : "a ") + noun;
}
