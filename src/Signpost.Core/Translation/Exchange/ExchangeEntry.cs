namespace Signpost.Core.Translation.Exchange;

/// <summary>
/// One unit as exchanged with translation tools: its English, and the language's text and state if any. A stale
/// translation carries <see cref="TranslatedHash"/>, the hash of the older English it translates.
/// </summary>
public sealed record ExchangeEntry(string Key, string Kind, string English, bool SafetyCritical, string? Context, string? Text, string? State, string? TranslatedHash)
{
    public bool Stale => TranslatedHash is not null;
}
