namespace Signpost.Core.Audit;

/// <summary>Who is acting: a signed-in user, an API key, the command line or the system itself.</summary>
public sealed record AuditActor(string Type, string Name, string? IpAddress = null)
{
    public static AuditActor User(string email, string? ipAddress) => new("user", email, ipAddress);
    public static AuditActor ApiKey(string keyName, string? ipAddress) => new("api-key", keyName, ipAddress);
    public static AuditActor Anonymous(string? ipAddress) => new("anonymous", "anonymous", ipAddress);
    public static AuditActor System => new("system", "signpost");
    public static AuditActor CommandLine => new("cli", Environment.UserName);
}
