namespace Signpost.Core.ServiceDirectory.Hours;

/// <summary>Opening hours for one part of a day, in minutes from local midnight (closes at most 1440, midnight).</summary>
public readonly record struct TimeBand(int OpensMinute, int ClosesMinute)
{
    public bool Contains(int minute) => minute >= OpensMinute && minute < ClosesMinute;

    public override string ToString() => $"{TimeText.Format(OpensMinute)} to {TimeText.Format(ClosesMinute)}";
}
