namespace Signpost.Core.Navigation.Capacity;

/// <summary>A practice's hours and daily cap for online medical requests (local Europe/London times).</summary>
public class PracticeNavigationSettings
{
    public required string PracticeOdsCode { get; set; }
    public TimeOnly OnlineOpens { get; set; }
    public TimeOnly OnlineCloses { get; set; }
    public int? DailyOnlineMedicalCap { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public required string UpdatedBy { get; set; }
}
