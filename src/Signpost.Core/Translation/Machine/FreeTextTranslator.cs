using Polly.CircuitBreaker;
using Polly.Timeout;
using Signpost.Core.Languages;

namespace Signpost.Core.Translation.Machine;

/// <summary>
/// Translates what a resident wrote into English on demand, for staff: protected tokens (numbers, medicines,
/// phone numbers…) masked and checked, the original always returned, and any failure turned into a message,
/// never an exception, so a server outage cannot break the page that asked. Nothing is stored or logged.
/// </summary>
public sealed class FreeTextTranslator(IMachineTranslator? translator)
{
    public const string NotConfigured = "Automatic translation is not set up. Use an interpreter.";
    public const string Unavailable = "Automatic translation is not available right now. Use an interpreter.";

    public async Task<StaffTranslation> TranslateAsync(string original, Language from, CancellationToken cancellationToken = default)
    {
        if (from.Code == LanguageCatalogue.EnglishCode || string.IsNullOrWhiteSpace(original)) return new StaffTranslation(original, null, null, null);
        if (translator is null) return new StaffTranslation(original, null, null, NotConfigured);
        var guard = new TranslationGuard();
        var masked = guard.Mask(original);
        try
        {
            var output = await translator.TranslateAsync([masked.Text], from, LanguageCatalogue.Default.English, cancellationToken);
            var result = guard.Unmask(original, masked, output[0]);
            return result.Accepted
                ? new StaffTranslation(original, result.Text, translator.Name, null)
                : new StaffTranslation(original, null, translator.Name, "The automatic translation changed a number, name or address, so it is not shown. Use an interpreter.");
        }
        catch (Exception e) when (e is HttpRequestException or MachineTranslationException or BrokenCircuitException or TimeoutRejectedException)
        {
            return new StaffTranslation(original, null, translator.Name, Unavailable);
        }
    }
}
