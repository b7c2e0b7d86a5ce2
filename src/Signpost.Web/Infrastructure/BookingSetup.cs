using Microsoft.AspNetCore.Mvc.RazorPages;
using Signpost.Core.Accounts;
using Signpost.Core.ApiKeys;
using Signpost.Core.Audit;
using Signpost.Core.Booking;

namespace Signpost.Web.Infrastructure;

public static class BookingSetup
{
    /// <summary>Navigators, clinicians, managers and admins book; the pages under /staff/booking need one of those roles.</summary>
    public const string StaffPolicy = "booking-staff";

    /// <summary>Managers and admins set up the rota: the pages under /staff/booking/schedules, /types and /rooms.</summary>
    public const string RotaPolicy = "booking-rota";

    /// <summary>Booking services, the housekeeping that expires holds and sends messages, and the booking staff policy.</summary>
    public static IServiceCollection AddBooking(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddBookingCore(configuration);
        services.AddScoped<ApiKeyStore>();
        services.AddSingleton<AuditGroupWriter>();
        services.AddHostedService<BookingHousekeeping>();
        services.AddHostedService<BookingMessageRegistration>();
        services.AddAuthorizationBuilder()
            .AddPolicy(StaffPolicy, policy => policy.RequireRole(StaffRoles.Navigator, StaffRoles.Clinician, StaffRoles.Manager, StaffRoles.Admin))
            .AddPolicy(RotaPolicy, policy => policy.RequireRole(StaffRoles.Manager, StaffRoles.Admin));
        services.Configure<RazorPagesOptions>(options =>
        {
            options.Conventions.AuthorizeFolder("/Staff/Booking", StaffPolicy);
            options.Conventions.AuthorizeFolder("/Staff/Booking/Schedules", RotaPolicy);
            options.Conventions.AuthorizeFolder("/Staff/Booking/Types", RotaPolicy);
            options.Conventions.AuthorizeFolder("/Staff/Booking/Rooms", RotaPolicy);
        });
        return services;
    }
}
