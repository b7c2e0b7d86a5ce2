using Signpost.Core.Navigation;
using Signpost.Core.Navigation.Requests;

namespace Signpost.Web.Pages.Requests;

/// <summary>
/// Screens the words of a form that cannot be saved yet (a name or date missing) for emergencies, so that someone who
/// types "crushing chest pain" gets 999 advice at once rather than only a list of missing fields. When the age is not
/// known yet it screens as a child, an adult and an older person, and any emergency counts: over-warning is the safe side.
/// </summary>
public static class UnsavedTextScreen
{
    private static readonly decimal[] AgesWhenUnknown = [1m, 30m, 80m];

    public static Assessment? FindEmergency(NavigationAssessor assessor, SubmitRequestOptions options, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(options.Description) || options.Description.Length > AssessmentInput.MaxDescriptionLength) return null;
        var ages = options.DateOfBirth is { } born && born <= today ? [RequestIntake.AgeOn(born, today)]
            : options.AgeYears is >= 0 and <= AssessmentInput.MaxAgeYears ? [options.AgeYears.Value] : AgesWhenUnknown;
        var sex = Vocabulary.Sexes.Contains(options.Sex ?? "") ? options.Sex! : "other";
        return ages.Select(age => assessor.Assess(new AssessmentInput
        {
            AgeYears = age, Sex = sex, Pregnant = options.Pregnant, Description = options.Description,
            RedFlags = options.RedFlags.Where(assessor.IsRedFlag).ToList(), Language = options.PreferredLanguage,
        })).FirstOrDefault(a => a.IsEmergency);
    }
}
