using Signpost.Core.Booking;

namespace Signpost.Web.Infrastructure;

public static class BookingSetup
{
    /// <summary>Booking services, the housekeeping that expires holds and sends messages, and the booking staff policy.</summary>
    public static IServiceCollection AddBooking(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddBookingCore(configuration);
        services.AddHostedService<BookingHousekeeping>();
        return services;
    }
}
