namespace Signpost.Core.Translation.Machine;

/// <summary>The translation server answered with an error. <see cref="Transient"/> errors (5xx, 429) are retried.</summary>
public class MachineTranslationException(string message, bool transient) : Exception(message)
{
    public bool Transient { get; } = transient;
}
