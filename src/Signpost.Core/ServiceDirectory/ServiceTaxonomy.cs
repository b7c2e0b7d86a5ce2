namespace Signpost.Core.ServiceDirectory;

/// <summary>A service's taxonomy term.</summary>
public class ServiceTaxonomy
{
    public Guid ServiceId { get; set; }
    public Guid TermId { get; set; }
}
