namespace Signpost.Core.Translation.Machine;

/// <summary>
/// A resident's free text translated for staff. <see cref="Original"/> is always there and must always be shown;
/// <see cref="Translated"/> is null (with <see cref="Problem"/> saying why) when no trustworthy translation exists.
/// </summary>
public sealed record StaffTranslation(string Original, string? Translated, string? Provider, string? Problem);
