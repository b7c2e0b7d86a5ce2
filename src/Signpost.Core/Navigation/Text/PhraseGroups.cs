namespace Signpost.Core.Navigation.Text;

/// <summary>A rule's phrase groups compiled once: the rule fires when every group has a phrase that is present.</summary>
public sealed class PhraseGroups
{
    private readonly List<List<PhrasePattern>> groups;

    public PhraseGroups(IEnumerable<IEnumerable<string>> phrases)
    {
        groups = phrases.Select(g => g.Select(p => PhrasePattern.Parse(p, out _)).ToList()).ToList();
    }

    public bool IsEmpty => groups.Count == 0;

    public PhraseMatch Find(NormalisedText text, bool tolerant)
    {
        if (groups.Count == 0) return PhraseMatch.Absent;
        var negatedOnly = false;
        foreach (var group in groups)
        {
            var found = FindInGroup(text, group, tolerant);
            if (found == PhraseMatch.Absent) return PhraseMatch.Absent;
            if (found == PhraseMatch.NegatedOnly) negatedOnly = true;
        }
        return negatedOnly ? PhraseMatch.NegatedOnly : PhraseMatch.Present;
    }

    private static PhraseMatch FindInGroup(NormalisedText text, List<PhrasePattern> group, bool tolerant)
    {
        var result = PhraseMatch.Absent;
        foreach (var pattern in group)
        {
            foreach (var start in PhraseMatcher.FindStarts(text, pattern, tolerant))
            {
                if (!Negation.IsNegated(text, start)) return PhraseMatch.Present;
                result = PhraseMatch.NegatedOnly;
            }
        }
        return result;
    }
}

/// <summary>Whether a rule's phrases are in the text: present, mentioned only as absent, or not there.</summary>
public enum PhraseMatch
{
    Absent,
    NegatedOnly,
    Present,
}
