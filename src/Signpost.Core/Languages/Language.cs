namespace Signpost.Core.Languages;

/// <summary>
/// A catalogue language. <see cref="Code"/> is the BCP 47 primary subtag (ISO 639-1 where one exists, else
/// ISO 639-3); <see cref="BlmkSpeakers"/> is the Census 2021 figure of <see cref="CensusCategory"/> for
/// Luton, Bedford, Central Bedfordshire and Milton Keynes together (null when the Census does not count it
/// separately).
/// </summary>
public sealed record Language(
    string Code,
    string Iso6393,
    string EnglishName,
    string NativeName,
    TextDirection Direction,
    string? CensusCategory,
    int? BlmkSpeakers)
{
    public bool IsRightToLeft => Direction == TextDirection.RightToLeft;
    public string Dir => IsRightToLeft ? "rtl" : "ltr";
}
