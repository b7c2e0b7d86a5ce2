using System.Security.Cryptography;
using System.Text;

namespace Signpost.Web.Infrastructure;

public static class ClientAddress
{
    public static string? Of(HttpContext context) => context.Connection.RemoteIpAddress?.ToString();

    /// <summary>A one-way key for the caller's address, so rate-limit counters hold no address.</summary>
    public static string Key(HttpContext context) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("signpost-rate-limit:" + (Of(context) ?? "unknown"))))[..24];
}
