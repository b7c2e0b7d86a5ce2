namespace Signpost.Core.Analytics.Measures;

/// <summary>
/// An area figures are asked for, resolved to what the data is keyed by: the sub-ICB locations it covers (for
/// GPAD regional figures and coverage) and, for a place, its practices.
/// </summary>
public sealed record AreaSelection(string Kind, string? Code, string Name, IReadOnlyList<string> SubIcbCodes, IReadOnlyList<string> PracticeCodes)
{
    public static readonly AreaSelection All = new(AreaKinds.All, null, "All imported areas", [], []);

    /// <summary>True when the published regional (sub-ICB) figures answer for this area.</summary>
    public bool UsesRegionalFigures => Kind is AreaKinds.All or AreaKinds.Icb or AreaKinds.SubIcb;

    /// <summary>
    /// A SQL condition on a practice-level table (practice, PCN and sub-ICB columns named by the caller) using the
    /// parameters of <see cref="Parameters"/>: $1 the code, $2 the sub-ICB codes, $3 the practice codes.
    /// </summary>
    public string PracticeCondition(string practiceColumn, string pcnColumn, string subIcbColumn) => Kind switch
    {
        AreaKinds.All => "true",
        AreaKinds.Icb => $"{subIcbColumn} = any($2)",
        AreaKinds.SubIcb => $"{subIcbColumn} = $1",
        AreaKinds.Pcn => $"{pcnColumn} = $1",
        AreaKinds.Place => $"{practiceColumn} = any($3)",
        _ => $"{practiceColumn} = $1",
    };

    /// <summary>The same condition on a table keyed by practice only (registered patients): PCNs and places by their practices.</summary>
    public string PracticeListCondition(string practiceColumn, string subIcbColumn) => Kind switch
    {
        AreaKinds.All => "true",
        AreaKinds.Icb => $"{subIcbColumn} = any($2)",
        AreaKinds.SubIcb => $"{subIcbColumn} = $1",
        _ => $"{practiceColumn} = any($3)",
    };

    /// <summary>The values of $1 (the code), $2 (its sub-ICB codes) and $3 (its practices), and a clause that names all three.</summary>
    public object[] Parameters() => [Code ?? "", SubIcbCodes.ToArray(), PracticeCodes.ToArray()];

    /// <summary>Appended to a where clause so that PostgreSQL knows each parameter's type even when the condition leaves one out.</summary>
    public const string ParameterTypes = "$1::text is not null and $2::text[] is not null and $3::text[] is not null";
}
