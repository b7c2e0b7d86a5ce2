using Signpost.Core.Audit;

namespace Signpost.Core.Translation;

/// <summary>A translator's text for a unit, saved as <see cref="TranslationState.Reviewed"/> or <see cref="TranslationState.Approved"/>.</summary>
public sealed record SaveTranslationOptions(long UnitId, string Language, string Text, string State, AuditActor Actor);
