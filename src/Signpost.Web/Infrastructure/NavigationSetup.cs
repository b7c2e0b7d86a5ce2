using Microsoft.AspNetCore.Mvc.RazorPages;
using Signpost.Core.Accounts;
using Signpost.Core.Navigation;
using Signpost.Core.Navigation.Capacity;
using Signpost.Core.Navigation.Feedback;
using Signpost.Core.Navigation.Outbox;
using Signpost.Core.Navigation.Queue;
using Signpost.Core.Navigation.Requests;
using Signpost.Core.Navigation.Rules;

namespace Signpost.Web.Infrastructure;

public static class NavigationSetup
{
    /// <summary>Who may see and work the request queue: navigators, clinicians, managers and admins.</summary>
    public const string RequestsPolicy = "navigation-requests";

    /// <summary>Who may change a practice's online hours and cap, and see the outbox: managers and admins.</summary>
    public const string PracticeSettingsPolicy = "navigation-settings";

    /// <summary>
    /// Loads and validates the navigation rule set now, while the app starts: a broken or unreviewable rule set
    /// stops start-up with a message naming the file and every problem, rather than failing on a patient's request.
    /// </summary>
    public static void AddNavigation(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(NavigationOptions.Section).Get<NavigationOptions>() ?? new NavigationOptions();
        RuleSet rules;
        try
        {
            rules = RuleSetLoader.Load(options.ResolvedRuleSetPath());
        }
        catch (RuleSetException e)
        {
            Console.Error.WriteLine("Signpost cannot start: " + e.Message);
            throw;
        }
        builder.Services.AddSingleton(new NavigationAssessor(rules));
        builder.Services.AddSingleton<Signpost.Web.Pages.Shared.Navigation.NavigationAdvice>();
        builder.Services.AddHostedService<NavigationAdviceRegistration>();
        builder.Services.AddSingleton(WorkingCalendar.Load(options.ResolvedWorkingDaysPath()));
        builder.Services.Configure<NavigationOptions>(builder.Configuration.GetSection(NavigationOptions.Section));
        builder.Services.AddScoped<RequestIntake>();
        builder.Services.AddScoped<PracticeList>();
        builder.Services.AddScoped<OpenRequests>();
        builder.Services.AddScoped<RequestAssignment>();
        builder.Services.AddScoped<RequestReview>();
        builder.Services.AddScoped<RequestOutcome>();
        builder.Services.AddScoped<FirstContactFeedbackService>();
        AddNotifications(builder);
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(RequestsPolicy, p => p.RequireRole(StaffRoles.Navigator, StaffRoles.Clinician, StaffRoles.Manager, StaffRoles.Admin))
            .AddPolicy(PracticeSettingsPolicy, p => p.RequireRole(StaffRoles.Manager, StaffRoles.Admin));
        builder.Services.Configure<RazorPagesOptions>(o =>
        {
            o.Conventions.AuthorizeFolder("/Staff/Requests", RequestsPolicy);
            o.Conventions.AuthorizeFolder("/Staff/PracticeSettings", PracticeSettingsPolicy);
            o.Conventions.AuthorizeFolder("/Staff/Outbox", PracticeSettingsPolicy);
        });
    }

    private static void AddNotifications(WebApplicationBuilder builder)
    {
        builder.Services.AddNotificationSender(builder.Configuration);
        builder.Services.AddSingleton<OutboxDispatcher>();
        var notify = builder.Configuration.GetSection(GovUkNotifyOptions.Section).Get<GovUkNotifyOptions>() ?? new GovUkNotifyOptions();
        if (notify.DispatchIntervalSeconds > 0) builder.Services.AddHostedService<OutboxDispatchService>();
    }
}
