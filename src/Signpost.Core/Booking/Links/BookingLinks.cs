using Microsoft.EntityFrameworkCore;
using Signpost.Core.Audit;
using Signpost.Core.Booking.Notifications;
using Signpost.Core.Data;

namespace Signpost.Core.Booking.Links;

/// <summary>Self-booking links (single use, with an expiry) and finding any link by its token.</summary>
public class BookingLinks(SignpostDb db, AuditLog audit, TimeProvider clock, BookingSettings settings)
{
    public const string SelfBookPathPrefix = "/book/";

    /// <summary>Creates a link the person can book with, queues a message with it, and returns the token.</summary>
    public async Task<string> CreateSelfBookingLinkAsync(PatientDetails patient, BookingNeed need, AuditActor actor, Guid? requestId = null, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var token = BookingTokens.New();
        var link = new BookingLink
        {
            Id = Guid.CreateVersion7(now), TokenHash = BookingTokens.Hash(token), Purpose = BookingLinkPurposes.SelfBook,
            CreatedBy = $"{actor.Type}:{actor.Name}", CreatedAt = now, ExpiresAt = now.AddDays(settings.SelfBookingLinkDays), RequestId = requestId,
            PatientName = patient.Name, PatientNhsNumber = patient.NhsNumber, PatientPhone = patient.Phone, PatientEmail = patient.Email,
            Language = patient.Language, PracticeCode = need.PracticeCode, Role = need.Role, Modality = need.Modality, SiteId = need.SiteId,
            EarliestAt = need.EarliestAt, LatestAt = need.LatestAt,
        };
        db.Set<BookingLink>().Add(link);
        if (NotificationRoute.For(patient.Phone, patient.Email) is ({ } channel, { } recipient))
        {
            db.Set<BookingNotification>().Add(new BookingNotification
            {
                Id = Guid.NewGuid(), Kind = "self-booking-link", Channel = channel, Recipient = recipient, Language = patient.Language, Status = "pending",
                Personalisation = System.Text.Json.JsonSerializer.Serialize(new { name = patient.Name, role = need.Role, book_path = SelfBookPathPrefix + token, expires = link.ExpiresAt }),
                DueAt = now, NextAttemptAt = now, CreatedAt = now,
            });
        }
        audit.Record(actor, "booking-link.created", "booking-link", link.Id.ToString(), new { requestId, need.Role });
        await db.SaveChangesAsync(cancellationToken);
        return token;
    }

    /// <summary>The link for a token, whatever its state (callers check <see cref="BookingLink.UsedAt"/> and expiry).</summary>
    public async Task<BookingLink?> FindAsync(string? token, string purpose, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 100) return null;
        var hash = BookingTokens.Hash(token);
        return await db.Set<BookingLink>().AsNoTracking().SingleOrDefaultAsync(l => l.TokenHash == hash && l.Purpose == purpose, cancellationToken);
    }

    public bool IsOpen(BookingLink link) => link.UsedAt is null && link.ExpiresAt > clock.GetUtcNow();
}
