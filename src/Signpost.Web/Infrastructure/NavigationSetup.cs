using Signpost.Core.Navigation;
using Signpost.Core.Navigation.Capacity;
using Signpost.Core.Navigation.Requests;
using Signpost.Core.Navigation.Rules;

namespace Signpost.Web.Infrastructure;

public static class NavigationSetup
{
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
        builder.Services.AddSingleton(WorkingCalendar.Load(options.ResolvedWorkingDaysPath()));
        builder.Services.Configure<NavigationOptions>(builder.Configuration.GetSection(NavigationOptions.Section));
        builder.Services.AddScoped<RequestIntake>();
        builder.Services.AddScoped<PracticeList>();
    }
}
