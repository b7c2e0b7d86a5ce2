using Signpost.Core.Booking.Notifications;
using Signpost.Core.Translation;

namespace Signpost.Core.Tests.Booking.Notifications;

public class BookingMessagesTests
{
    private static readonly IReadOnlyDictionary<string, string> Confirmation = new Dictionary<string, string>
    {
        ["start"] = "2026-10-25T09:30:00+00:00", ["site"] = "Test Hub", ["role"] = "physiotherapist", ["modality"] = "face-to-face", ["manage_path"] = "/appointment/abc",
    };

    private static LanguageSnapshot Lithuanian(string state, params (string Key, string Text)[] texts) => new("lt",
        texts.ToDictionary(t => t.Key, t => new CachedTranslation(t.Text, state, false)), texts.Select(t => t.Key).ToHashSet(), DateTimeOffset.UtcNow);

    [Fact]
    public void Render_NoTranslation_EnglishWithUkTime()
    {
        var body = BookingMessages.Render("confirmation", "lt", Confirmation, "https://signpost.example/");

        // 25 October 2026 is the day the clocks go back: 09:30 UTC is 9:30am in the UK (GMT again).
        Assert.Equal("NHS appointment booked: face to face with a physiotherapist at Test Hub on Sunday 25 October 2026 at 9:30am (UK time). "
            + "To view or cancel: https://signpost.example/appointment/abc", body);
    }

    [Fact]
    public void Render_ApprovedTranslation_InTheLanguageWithItsOwnDateAndUkTime()
    {
        var words = Lithuanian(TranslationState.Approved,
            (BookingMessageText.TemplateKey("confirmation"), "NHS vizitas užregistruotas: {0}, {1}, {2}, {3}. Peržiūrėti arba atšaukti: {4}"),
            (BookingMessageText.RoleKey("physiotherapist"), "pas kineziterapeutą"), (BookingMessageText.ModalityKey("face-to-face"), "gyvai"));

        var body = BookingMessages.Render("confirmation", "lt", Confirmation, "https://signpost.example", words);

        Assert.StartsWith("NHS vizitas užregistruotas: gyvai, pas kineziterapeutą, Test Hub, sekmadienis 25 spalio 2026, 09:30.", body, StringComparison.Ordinal);
        Assert.EndsWith("https://signpost.example/appointment/abc", body, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_OnlyAMachineDraft_English()
    {
        var words = Lithuanian(TranslationState.Machine, (BookingMessageText.TemplateKey("confirmation"), "Mašininis vertimas {0} {1} {2} {3} {4}"));

        var body = BookingMessages.Render("confirmation", "lt", Confirmation, "https://signpost.example", words);

        Assert.StartsWith("NHS appointment booked:", body, StringComparison.Ordinal);
    }

    [Fact]
    public void Units_EveryTemplateRoleAndModality_RegisteredWithNumberedPlaces()
    {
        Assert.All(BookingMessageText.Templates.Keys, k => Assert.Contains(BookingMessageText.Units, u => u.Key == BookingMessageText.TemplateKey(k)));
        Assert.All(BookingMessageText.Templates.Values, t => Assert.DoesNotContain("{how}", t, StringComparison.Ordinal));
        Assert.Contains(BookingMessageText.Units, u => u.Key == BookingMessageText.RoleKey("physiotherapist") && u.English == "a physiotherapist");
    }
}
