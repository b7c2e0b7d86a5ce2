namespace Signpost.Core.ServiceDirectory;

/// <summary>A language the service's staff speak, as a BCP 47 code (for example "ur", "pl", "pa").</summary>
public class ServiceLanguage
{
    public Guid ServiceId { get; set; }
    public required string LanguageCode { get; set; }
}
