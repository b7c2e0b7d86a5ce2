namespace Signpost.Core.ApiKeys;

/// <summary>A machine client's key. Only <see cref="KeyHash"/> (SHA-256) is stored, never the key.</summary>
public class ApiKey
{
    public Guid Id { get; set; }
    public required string Name { get; set; }
    public required string[] Scopes { get; set; }

    /// <summary>The first characters of the key, so people can tell keys apart.</summary>
    public required string KeyPrefix { get; set; }
    public required string KeyHash { get; set; }
    public required string CreatedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
}
