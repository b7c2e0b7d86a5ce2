using System.Security.Cryptography;
using System.Text;

namespace Signpost.Core.Translation;

/// <summary>The SHA-256 (lower-case hex) of English source text, after trimming and normalising line ends.</summary>
public static class SourceHash
{
    public static string Of(string english) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Normalise(english))));

    public static string Normalise(string english) => english.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();

    /// <summary>The key of a UI string: its hash, so the same English is one unit wherever it appears.</summary>
    public static string UiKey(string english) => "ui:" + Of(english)[..16];
}
