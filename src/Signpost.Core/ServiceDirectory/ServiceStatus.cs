namespace Signpost.Core.ServiceDirectory;

/// <summary>HSDS service statuses.</summary>
public static class ServiceStatus
{
    public const string Active = "active";
    public const string Inactive = "inactive";
    public const string Defunct = "defunct";
    public const string TemporarilyClosed = "temporarily closed";

    public static readonly IReadOnlyList<string> All = [Active, Inactive, Defunct, TemporarilyClosed];
}
