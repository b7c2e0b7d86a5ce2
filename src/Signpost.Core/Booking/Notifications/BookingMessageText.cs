using Signpost.Core.Translation;

namespace Signpost.Core.Booking.Notifications;

/// <summary>
/// The English of booking messages as translation units (<c>message:booking:…</c>), so that translators can give
/// each language its own words through the language module. Templates use numbered places ({0}, {1} …), which the
/// translation guard keeps intact: {0} how (face to face …), {1} with whom, {2} where, {3} when, {4} the link,
/// {5} until when an offer or link lasts.
/// </summary>
public static class BookingMessageText
{
    public static readonly IReadOnlyDictionary<string, string> Templates = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["confirmation"] = "NHS appointment booked: {0} with {1} at {2} on {3}. To view or cancel: {4}",
        ["reminder"] = "Reminder: your NHS appointment ({0}) with {1} at {2} is on {3}. To cancel: {4}",
        ["cancellation"] = "Your NHS appointment with {1} at {2} on {3} has been cancelled.",
        ["offer"] = "An earlier NHS appointment is free: {0} with {1} at {2} on {3}. It is kept for you until {5}. To take it: {4}",
        ["self-booking-link"] = "Choose a time for your NHS appointment with {1}: {4} (this link works once, until {5}).",
    };

    public const string PracticeTeam = "the practice team";
    public const string Soon = "soon";

    public static string TemplateKey(string kind) => "message:booking:" + kind;

    public static string RoleKey(string? role) => "message:booking:role:" + (role ?? "practice-team");

    public static string ModalityKey(string modality) => "message:booking:modality:" + modality;

    public const string SoonKey = "message:booking:soon";

    /// <summary>"a physiotherapist", "an advanced nurse practitioner": the role as the sentence names it.</summary>
    public static string RoleWords(string? role)
    {
        if (role is null) return PracticeTeam;
        var noun = MdtRoles.NameOf(role).ToLowerInvariant();
        return ("aeiou".Contains(noun[0], StringComparison.Ordinal) ? "an " : "a ") + noun;
    }

    public static string ModalityWords(string modality) => Modalities.NameOf(modality).ToLowerInvariant();

    /// <summary>Every unit the messages use, for registering with the translation memory.</summary>
    public static IReadOnlyList<UnitSource> Units { get; } =
    [
        .. Templates.Select(t => new UnitSource(TemplateKey(t.Key), UnitKind.Ui, t.Value, Context: "Booking message (SMS or e-mail) sent to the person")),
        .. MdtRoles.All.Select(r => new UnitSource(RoleKey(r), UnitKind.Ui, RoleWords(r), Context: "Booking message: with whom the appointment is")),
        new UnitSource(RoleKey(null), UnitKind.Ui, PracticeTeam, Context: "Booking message: with whom the appointment is"),
        .. Modalities.All.Select(m => new UnitSource(ModalityKey(m), UnitKind.Ui, ModalityWords(m), Context: "Booking message: how the appointment happens")),
        new UnitSource(SoonKey, UnitKind.Ui, Soon, Context: "Booking message: when an offer lapses, if the time is not known"),
    ];
}
