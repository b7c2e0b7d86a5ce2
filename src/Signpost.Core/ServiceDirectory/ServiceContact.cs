namespace Signpost.Core.ServiceDirectory;

/// <summary>A phone number, e-mail address or website; professional ones (such as a bypass number) are for staff only.</summary>
public class ServiceContact
{
    public const string Public = "public";
    public const string Professional = "professional";

    public Guid Id { get; set; }
    public Guid ServiceId { get; set; }
    public required string Kind { get; set; }
    public required string Value { get; set; }
    public string Label { get; set; } = "";
    public required string Audience { get; set; }
    public int SortOrder { get; set; }
}
