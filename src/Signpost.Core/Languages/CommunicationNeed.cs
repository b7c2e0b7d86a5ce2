namespace Signpost.Core.Languages;

/// <summary>
/// A need recorded under the Accessible Information Standard. These are needs, not languages: a person who uses
/// British Sign Language or needs easy read still has a preferred (written or spoken) language beside them.
/// </summary>
public sealed record CommunicationNeed(string Code, string Name, string Description)
{
    public const string Interpreter = "interpreter";
    public const string BritishSignLanguage = "bsl-interpreter";
    public const string EasyRead = "easy-read";
    public const string LargePrint = "large-print";
    public const string Braille = "braille";
    public const string HearingLoop = "hearing-loop";
    public const string DeafblindInterpreter = "deafblind-interpreter";

    public static IReadOnlyList<CommunicationNeed> All { get; } =
    [
        new(Interpreter, "Spoken language interpreter", "An interpreter for the person's preferred language, free of charge"),
        new(BritishSignLanguage, "British Sign Language interpreter", "A registered BSL interpreter, in person or by video"),
        new(EasyRead, "Easy read", "Information in easy read: short sentences with pictures"),
        new(LargePrint, "Large print", "Letters and information in large print"),
        new(Braille, "Braille", "Letters and information in braille"),
        new(HearingLoop, "Hearing loop", "A hearing loop at the desk and in the consulting room"),
        new(DeafblindInterpreter, "Deafblind interpreter", "A deafblind manual or hands-on signing interpreter"),
    ];

    public static CommunicationNeed? Find(string? code) =>
        All.FirstOrDefault(n => string.Equals(n.Code, code?.Trim(), StringComparison.OrdinalIgnoreCase));
}
