namespace Signpost.Core.Translation;

/// <summary>A request the translation memory cannot carry out, with a message for the person who made it.</summary>
public class TranslationException(string message) : Exception(message);
