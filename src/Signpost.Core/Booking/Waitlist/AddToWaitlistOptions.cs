using Signpost.Core.Audit;

namespace Signpost.Core.Booking.Waitlist;

public sealed record AddToWaitlistOptions(PatientDetails Patient, BookingNeed Need, AuditActor Actor, Guid? RequestId = null);
