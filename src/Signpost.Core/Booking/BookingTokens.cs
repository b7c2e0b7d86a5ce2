using System.Security.Cryptography;
using System.Text;

namespace Signpost.Core.Booking;

/// <summary>Unguessable tokens for links sent to people; only their SHA-256 is stored.</summary>
public static class BookingTokens
{
    public static string New() => Base64Url(RandomNumberGenerator.GetBytes(24));

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
