using Microsoft.EntityFrameworkCore;
using Signpost.Core.Booking.Notifications;

namespace Signpost.Core.Booking;

/// <summary>
/// Maps the booking entities to the tables created by migrations 05xx. Foreign keys are declared (without
/// navigation properties) so that EF Core saves parents before children.
/// </summary>
public static class BookingModel
{
    public static void Configure(ModelBuilder model)
    {
        model.Entity<BookingSite>().ToTable("booking_sites");
        model.Entity<BookingRoom>(e => { e.ToTable("booking_rooms"); e.HasOne<BookingSite>().WithMany().HasForeignKey(r => r.SiteId); });
        model.Entity<Practitioner>().ToTable("booking_practitioners");
        model.Entity<AppointmentType>().ToTable("booking_appointment_types");
        model.Entity<BookingSchedule>(e =>
        {
            e.ToTable("booking_schedules");
            e.HasOne<Practitioner>().WithMany().HasForeignKey(s => s.PractitionerId);
            e.HasOne<BookingSite>().WithMany().HasForeignKey(s => s.SiteId);
        });
        model.Entity<AvailabilityPattern>(e =>
        {
            e.ToTable("booking_availability_patterns");
            e.HasOne<BookingSchedule>().WithMany().HasForeignKey(p => p.ScheduleId);
            e.HasOne<AppointmentType>().WithMany().HasForeignKey(p => p.AppointmentTypeId);
            e.HasOne<BookingRoom>().WithMany().HasForeignKey(p => p.RoomId);
        });
        model.Entity<ScheduleAdjustment>(e =>
        {
            e.ToTable("booking_schedule_exceptions");
            e.HasOne<BookingSchedule>().WithMany().HasForeignKey(x => x.ScheduleId);
            e.HasOne<AppointmentType>().WithMany().HasForeignKey(x => x.AppointmentTypeId);
        });
        model.Entity<PractitionerLeave>(e =>
        {
            e.ToTable("booking_practitioner_leave");
            e.HasOne<Practitioner>().WithMany().HasForeignKey(l => l.PractitionerId);
        });
        model.Entity<BookingSlot>(e =>
        {
            e.ToTable("booking_slots");
            e.HasOne<BookingSchedule>().WithMany().HasForeignKey(s => s.ScheduleId);
            e.HasOne<AppointmentType>().WithMany().HasForeignKey(s => s.AppointmentTypeId);
        });
        model.Entity<Appointment>(e =>
        {
            e.ToTable("booking_appointments");
            e.Property(a => a.Version).IsConcurrencyToken();
            e.HasOne<BookingSlot>().WithMany().HasForeignKey(a => a.SlotId);
        });
        model.Entity<AppointmentEvent>(e =>
        {
            e.ToTable("booking_appointment_events");
            e.HasOne<Appointment>().WithMany().HasForeignKey(x => x.AppointmentId);
        });
        model.Entity<CancellationReason>().ToTable("booking_cancellation_reasons").HasKey(r => r.Code);
        model.Entity<WaitlistEntry>().ToTable("booking_waitlist_entries");
        model.Entity<BookingLink>().ToTable("booking_links");
        model.Entity<BookingHold>().ToTable("booking_holds");
        model.Entity<BookingNotification>().ToTable("booking_notifications").Property(n => n.Personalisation).HasColumnType("jsonb");
    }
}
