using Microsoft.Extensions.DependencyInjection;
using Signpost.Core.Analytics.Equity;
using Signpost.Core.Analytics.Imports;
using Signpost.Core.Analytics.Measures;

namespace Signpost.Core.Analytics;

public static class AnalyticsServices
{
    /// <summary>The analytics imports, measures and equity queries (all stateless over the shared data source).</summary>
    public static IServiceCollection AddAnalytics(this IServiceCollection services)
    {
        services.AddSingleton<FileImporter>();
        services.AddSingleton<GpadRegionalImporter>();
        services.AddSingleton<GpadPracticeImporter>();
        services.AddSingleton<GpadCoverageImporter>();
        services.AddSingleton<RegisteredPatientsImporter>();
        services.AddSingleton<PracticeMonthImporter>();
        services.AddSingleton<AnalyticsImports>();
        services.AddSingleton<AnalyticsAreas>();
        services.AddSingleton<AppointmentMeasures>();
        services.AddSingleton<PatientDenominators>();
        services.AddSingleton<AppointmentReports>();
        services.AddSingleton<PracticeDataMeasures>();
        services.AddSingleton<EquityQueries>();
        services.AddSingleton<EquityPeriod>();
        services.AddSingleton<DailyMeasures>();
        return services;
    }
}
