namespace Signpost.Core.Navigation.Feedback;

/// <summary>
/// The three questions: how easy was it (1 very hard … 5 very easy), were you treated with respect (1 … 5), was your
/// preference respected (yes, partly, no).
/// </summary>
public sealed record FeedbackAnswers(int? Ease, int? Respect, string? PreferenceRespected, string? Language)
{
    public static readonly IReadOnlyList<string> PreferenceValues = ["yes", "partly", "no"];

    public Dictionary<string, string> Validate()
    {
        var errors = new Dictionary<string, string>();
        if (Ease is not (>= 1 and <= 5)) errors[nameof(Ease)] = "Select how easy it was to get help";
        if (Respect is not (>= 1 and <= 5)) errors[nameof(Respect)] = "Select whether you were treated with respect";
        if (!PreferenceValues.Contains(PreferenceRespected ?? "")) errors[nameof(PreferenceRespected)] = "Select whether your preference was respected";
        return errors;
    }
}
