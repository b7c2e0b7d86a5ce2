using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Signpost.Core.Booking.Appointments;
using Signpost.Core.Booking.Catalogue;
using Signpost.Core.Booking.Holds;
using Signpost.Core.Booking.Links;
using Signpost.Core.Booking.Notifications;
using Signpost.Core.Booking.Rota;
using Signpost.Core.Booking.Slots;
using Signpost.Core.Booking.Waitlist;
using Signpost.Core.Navigation.Outbox;

namespace Signpost.Core.Booking;

public static class BookingServices
{
    /// <summary>The booking services; <c>Signpost:Booking</c> settings from configuration.</summary>
    public static IServiceCollection AddBookingCore(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = new BookingSettings();
        configuration.GetSection(BookingSettings.Section).Bind(settings);
        services.AddSingleton(settings);
        services.AddSingleton<SlotSearch>();
        services.AddSingleton<AppointmentReader>();
        services.AddSingleton<WaitlistOffers>();
        services.AddSingleton<HoldEnding>();
        services.AddSingleton<AppointmentStatusChanger>();
        services.AddSingleton<SlotBooker>();
        services.AddSingleton<HoldService>();
        services.AddSingleton<HoldExpiry>();
        services.AddNotificationSender(configuration);
        services.AddSingleton<NotificationDispatcher>();
        services.AddScoped<SlotGenerator>();
        services.AddScoped<WaitlistService>();
        services.AddScoped<BookingLinks>();
        services.AddScoped<RotaSlots>();
        services.AddScoped<ScheduleEditor>();
        services.AddScoped<RotaEditor>();
        services.AddScoped<AppointmentTypeEditor>();
        services.AddScoped<RoomEditor>();
        return services;
    }
}
