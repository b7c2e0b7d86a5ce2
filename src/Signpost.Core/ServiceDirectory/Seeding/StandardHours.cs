namespace Signpost.Core.ServiceDirectory.Seeding;

/// <summary>
/// The hours the seed step gives records from the reference data, which has no opening times. Each is labelled
/// with where it comes from (<see cref="HoursSource"/>) and shown with that note.
/// </summary>
public static class StandardHours
{
    private static readonly short[] Weekdays = [1, 2, 3, 4, 5];

    /// <summary>GP core contracted hours: 8am to 6:30pm, Monday to Friday, not on bank holidays.</summary>
    public static List<OpeningBand> GpCoreHours() => HoursSpec.Repeat(Weekdays, (8 * 60, 18 * 60 + 30));

    public const string GpCoreHoursNote =
        "These are the core hours GP practices are contracted to cover (8am to 6:30pm, Monday to Friday, except bank holidays). The practice's own opening times have not been checked yet.";

    /// <summary>PCN enhanced access under the Network Contract: 6:30pm to 8pm on weekdays and 9am to 5pm on Saturdays.</summary>
    public static List<OpeningBand> PcnEnhancedAccess() =>
        [.. HoursSpec.Repeat(Weekdays, (18 * 60 + 30, 20 * 60)), .. HoursSpec.Repeat([6], (9 * 60, 17 * 60))];

    public const string PcnEnhancedAccessNote =
        "Primary care networks must offer appointments from 6:30pm to 8pm on weekdays and 9am to 5pm on Saturdays. Where and when this network runs them has not been checked yet.";

    /// <summary>
    /// Example pharmacy hours for the demo, chosen from four common patterns by the ODS code so that they are the
    /// same on every run. They are made up and shown as such.
    /// </summary>
    public static List<OpeningBand> PharmacyExample(string odsCode)
    {
        var pattern = odsCode.Aggregate(0, (sum, c) => sum + c) % 4;
        return pattern switch
        {
            0 => [.. HoursSpec.Repeat(Weekdays, (9 * 60, 18 * 60)), .. HoursSpec.Repeat([6], (9 * 60, 17 * 60))],
            1 => [.. HoursSpec.Repeat(Weekdays, (8 * 60 + 30, 13 * 60), (14 * 60, 18 * 60 + 30)), .. HoursSpec.Repeat([6], (9 * 60, 13 * 60))],
            2 => [.. HoursSpec.Repeat([1, 2, 3, 4, 5, 6], (7 * 60, 22 * 60)), .. HoursSpec.Repeat([7, 0], (10 * 60, 16 * 60))],
            _ => [.. HoursSpec.Repeat(Weekdays, (9 * 60, 19 * 60)), .. HoursSpec.Repeat([6], (9 * 60, 18 * 60)), .. HoursSpec.Repeat([7], (10 * 60, 16 * 60))],
        };
    }

    public const string PharmacyExampleNote =
        "Example opening times for the demo: the real hours of this pharmacy are not in the official data and have not been checked. Call the pharmacy before you go.";
}
