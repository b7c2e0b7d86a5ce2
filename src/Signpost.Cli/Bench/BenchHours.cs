namespace Signpost.Cli.Bench;

/// <summary>Common opening patterns for synthetic services (day 1–7 Monday–Sunday, 0 bank holidays; minutes of the day).</summary>
public static class BenchHours
{
    private static readonly short[] Weekdays = [1, 2, 3, 4, 5];

    public static List<(short Day, int Opens, int Closes)> For(string term, Random random) => term switch
    {
        "general-practice" => Days(Weekdays, (480, 1110)),
        "urgent-treatment-centre" => Days([0, 1, 2, 3, 4, 5, 6, 7], (480, 1440)),
        "community-pharmacy" or "pharmacy-first" => random.Next(3) switch
        {
            0 => [.. Days(Weekdays, (540, 1080)), .. Days([6], (540, 1020))],
            1 => [.. Days(Weekdays, (510, 780), (840, 1110)), .. Days([6], (540, 780))],
            _ => [.. Days([1, 2, 3, 4, 5, 6], (420, 1320)), .. Days([7, 0], (600, 960))],
        },
        _ => random.Next(3) switch
        {
            0 => Days(Weekdays, (540, 1050)),
            1 => Days(Weekdays, (510, 780), (840, 1110)),
            _ => Days([2, 4], (540, 720), (780, 1020)),
        },
    };

    private static List<(short, int, int)> Days(short[] days, params (int Opens, int Closes)[] bands) =>
        days.SelectMany(d => bands.Select(b => (d, b.Opens, b.Closes))).ToList();
}
