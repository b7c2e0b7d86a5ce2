namespace Signpost.Core.Translation.Machine;

/// <summary>Creates the configured translator, wrapped for resilience; null when none is configured.</summary>
public static class MachineTranslators
{
    public static IMachineTranslator? Create(MachineTranslationOptions options, HttpClient http, TimeProvider? clock = null)
    {
        if (string.IsNullOrWhiteSpace(options.Provider)) return null;
        if (!Uri.TryCreate(options.Url?.TrimEnd('/') + "/", UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
        {
            throw new TranslationException($"The {options.Provider} address “{options.Url}” is not a web address like http://127.0.0.1:2737.");
        }
        IMachineTranslator translator = options.Provider.Trim().ToLowerInvariant() switch
        {
            MachineTranslationOptions.LibreTranslate => new LibreTranslateTranslator(http, url, options.ApiKey),
            MachineTranslationOptions.Apertium => new ApertiumTranslator(http, url),
            _ => throw new TranslationException($"“{options.Provider}” is not a translation provider: use {MachineTranslationOptions.LibreTranslate} or {MachineTranslationOptions.Apertium}."),
        };
        return new ResilientTranslator(translator, options, clock);
    }
}
