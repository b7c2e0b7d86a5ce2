namespace Signpost.Core.Translation.Machine;

/// <summary>The <c>Signpost:MachineTranslation</c> section: which server, where, and how patiently to call it.</summary>
public sealed class MachineTranslationOptions
{
    public const string Section = "Signpost:MachineTranslation";
    public const string LibreTranslate = "libretranslate";
    public const string Apertium = "apertium";

    /// <summary><c>libretranslate</c>, <c>apertium</c> or empty (none configured).</summary>
    public string? Provider { get; set; }

    public string? Url { get; set; }
    public string? ApiKey { get; set; }
    public int TimeoutSeconds { get; set; } = 30;
    public int Retries { get; set; } = 2;
    public int BatchSize { get; set; } = 20;

    /// <summary>Failures in a row (of at least this many calls) that open the circuit for <see cref="BreakSeconds"/>.</summary>
    public int CircuitMinimumCalls { get; set; } = 4;

    public int BreakSeconds { get; set; } = 30;
}
