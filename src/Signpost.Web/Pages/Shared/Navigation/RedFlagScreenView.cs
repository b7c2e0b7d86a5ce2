using Signpost.Core.Navigation;
using Signpost.Core.Navigation.Rules;

namespace Signpost.Web.Pages.Shared.Navigation;

/// <summary>What the red-flag screen partial shows: the adult and child questions and what was ticked.</summary>
public sealed record RedFlagScreenView(IReadOnlyList<RedFlag> ForEveryone, IReadOnlyList<RedFlag> ForChildren, IReadOnlyList<string> Selected)
{
    public static RedFlagScreenView From(NavigationAssessor assessor, IReadOnlyList<string> selected) => new(
        assessor.Rules.RedFlags.Where(f => f.Audience != "child").ToList(),
        assessor.Rules.RedFlags.Where(f => f.Audience == "child").ToList(),
        selected);
}
