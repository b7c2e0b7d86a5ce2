namespace Signpost.Core.Data;

/// <summary>An ASP.NET Core data-protection key, kept in the database so every app instance shares it.</summary>
public class DataProtectionKey
{
    public int Id { get; set; }
    public required string FriendlyName { get; set; }
    public required string Xml { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
