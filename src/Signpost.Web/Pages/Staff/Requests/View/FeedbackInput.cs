using Signpost.Core.Navigation.Feedback;

namespace Signpost.Web.Pages.Staff.Requests.View;

/// <summary>The three feedback questions, as staff record them from a phone call or visit.</summary>
public class FeedbackInput
{
    public int? Ease { get; set; }
    public int? Respect { get; set; }
    public string? PreferenceRespected { get; set; }

    public FeedbackAnswers ToAnswers() => new(Ease, Respect, PreferenceRespected, null);
}
