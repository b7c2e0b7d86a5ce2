using Signpost.Core.Analytics.Gpad;

namespace Signpost.Core.Analytics.Measures;

/// <summary>Builds the <see cref="AppointmentReport"/> of an area and range from the monthly figures and denominators.</summary>
public class AppointmentReports(AnalyticsAreas areas, AppointmentMeasures measures, PatientDenominators denominators)
{
    public async Task<AppointmentReport> BuildAsync(string? areaCode, string? from, string? to, CancellationToken cancellationToken = default)
    {
        var area = await areas.ResolveAsync(areaCode, cancellationToken);
        var all = await measures.MonthlyAsync(area, cancellationToken);
        var (start, end) = Range(from, to, all);
        var months = all.Where(m => m.Month >= start && m.Month <= end).ToList();
        if (months.Count == 0)
        {
            var when = all.Count == 0 ? "yet" : $"from {GpadDates.MonthText(start)} to {GpadDates.MonthText(end)}";
            var source = area.UsesRegionalFigures ? "a GPAD regional or practice-level file" : "the GPAD practice-level file (places, PCNs and practices need practice-level figures)";
            throw new AnalyticsInputException("from", $"There are no GPAD appointment figures for {area.Name} {when}. Import {source} first.");
        }
        var denominatorByMonth = await denominators.ForAreaAsync(area, cancellationToken);
        var byMonth = all.ToDictionary(m => m.Month);
        var rows = months.Select(m => Row(m, byMonth.GetValueOrDefault(m.Month.AddYears(-1)), denominatorByMonth.GetValueOrDefault(m.Month))).ToList();
        var total = months.Sum(m => m.Appointments);
        var perThousand = rows.Where(r => r.PerThousandPatients is not null).Select(r => r.PerThousandPatients!.Value).ToList();
        return new AppointmentReport(
            new AreaOption(area.Kind, area.Code ?? AreaKinds.All, area.Name), GpadDates.MonthText(start), GpadDates.MonthText(end),
            months.Select(m => m.Source).Distinct().Order().ToList(), total,
            Share(months.Sum(m => m.ByTimeBetween[GpadCodes.SameDayCode]), total), Share(months.Sum(m => m.ByStatus[GpadCodes.Dna]), total),
            perThousand.Count == 0 ? null : perThousand.Average(),
            Breakdowns(GpadCodes.Mode, months, m => m.ByMode, total), Breakdowns(GpadCodes.HcpType, months, m => m.ByHcpType, total),
            Breakdowns(GpadCodes.Status, months, m => m.ByStatus, total), Breakdowns(GpadCodes.TimeBetween, months, m => m.ByTimeBetween, total),
            months.All(m => m.ByNationalCategory is not null) ? Breakdowns(GpadCodes.NationalCategory, months, m => m.ByNationalCategory!, total) : null,
            rows, Growth.Compute(all, start, end), Notes(rows, months));
    }

    private static (DateOnly Start, DateOnly End) Range(string? from, string? to, IReadOnlyList<MonthFigures> all)
    {
        DateOnly start, end;
        if (string.IsNullOrWhiteSpace(from)) start = all.Count > 0 ? all[0].Month : default;
        else if (!GpadDates.TryParseMonth(from, out start)) throw new AnalyticsInputException("from", $"Enter the first month as YYYY-MM, like 2019-03, not \"{from}\"");
        if (string.IsNullOrWhiteSpace(to)) end = all.Count > 0 ? all[^1].Month : start;
        else if (!GpadDates.TryParseMonth(to, out end)) throw new AnalyticsInputException("to", $"Enter the last month as YYYY-MM, like 2021-08, not \"{to}\"");
        if (end < start) throw new AnalyticsInputException("to", $"The last month ({GpadDates.MonthText(end)}) must not be before the first ({GpadDates.MonthText(start)})");
        return (start, end);
    }

    private static MonthRow Row(MonthFigures m, MonthFigures? yearBefore, Denominator? denominator)
    {
        var sameDay = m.ByTimeBetween[GpadCodes.SameDayCode];
        return new MonthRow(GpadDates.MonthText(m.Month), m.Source, m.Appointments, sameDay, Share(sameDay, m.Appointments),
            Share(m.ByStatus[GpadCodes.Dna], m.Appointments),
            yearBefore is { Appointments: > 0 } ? (double)(m.Appointments - yearBefore.Appointments) / yearBefore.Appointments : null,
            denominator is { PatientsIncluded: > 0 } ? m.Appointments * 1000.0 / denominator.PatientsIncluded : null, denominator);
    }

    private static List<Breakdown> Breakdowns(GpadDimension dimension, List<MonthFigures> months, Func<MonthFigures, long[]> values, long total) =>
        Enumerable.Range(0, dimension.Count).Select(i =>
        {
            var sum = months.Sum(m => values(m)[i]);
            return new Breakdown(dimension.Name(i), sum, Share(sum, total));
        }).ToList();

    private static List<string> Notes(List<MonthRow> rows, List<MonthFigures> months)
    {
        var notes = new List<string>();
        var missing = rows.Count(r => r.PerThousandPatients is null);
        if (missing > 0) notes.Add($"{missing} of {rows.Count} months have no registered-patient denominator (no GPAD coverage or list-size figures for them), so no rate per 1,000 patients.");
        var covered = rows.Where(r => r.Coverage is { PracticesInArea: > 0 }).ToList();
        if (covered.Count > 0)
        {
            var low = covered.Min(r => (double)r.Coverage!.IncludedPractices / r.Coverage.PracticesInArea!.Value);
            notes.Add($"Rates per 1,000 patients count only the practices GPAD includes: in these months {low:P0} or more of the area's practices (lowest month).");
        }
        if (months.Select(m => m.Source).Distinct().Count() > 1) notes.Add("Some months come from the regional file and some from the practice-level crosstab.");
        return notes;
    }

    private static double Share(long part, long total) => total == 0 ? 0 : (double)part / total;
}
