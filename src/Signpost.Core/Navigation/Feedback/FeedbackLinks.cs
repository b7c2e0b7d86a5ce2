using System.Security.Cryptography;
using System.Text;

namespace Signpost.Core.Navigation.Feedback;

/// <summary>Random single-use feedback tokens; only their SHA-256 is stored, so a database copy cannot be used to answer.</summary>
public static class FeedbackLinks
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(30);

    public static string NewToken() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
