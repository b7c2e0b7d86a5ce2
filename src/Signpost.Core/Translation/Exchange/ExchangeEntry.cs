namespace Signpost.Core.Translation.Exchange;

/// <summary>One unit as exchanged with translation tools: its English, and the language's text and state if any.</summary>
public sealed record ExchangeEntry(string Key, string Kind, string English, bool SafetyCritical, string? Context, string? Text, string? State, bool Stale);
