namespace Signpost.Core.Translation;

/// <summary>One language's current translations by unit key, and every registered unit key, as loaded at <see cref="LoadedAt"/>.</summary>
public sealed record LanguageSnapshot(string Language, IReadOnlyDictionary<string, CachedTranslation> ByKey, IReadOnlySet<string> KnownKeys, DateTimeOffset LoadedAt)
{
    public static LanguageSnapshot Empty(string language, DateTimeOffset at) =>
        new(language, new Dictionary<string, CachedTranslation>(), new HashSet<string>(), at);
}
