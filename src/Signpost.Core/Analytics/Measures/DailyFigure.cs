namespace Signpost.Core.Analytics.Measures;

/// <summary>One day of the GPAD daily file for an area: appointments, and the same-day and DNA shares.</summary>
public sealed record DailyFigure(string Date, string Weekday, long Appointments, long SameDay, long DidNotAttend)
{
    public double SameDayShare => Appointments == 0 ? 0 : (double)SameDay / Appointments;

    public double DnaRate => Appointments == 0 ? 0 : (double)DidNotAttend / Appointments;
}
