using System.Security.Cryptography;
using System.Text;

namespace Signpost.Core.ServiceDirectory;

/// <summary>
/// Name-based UUIDs for records built from a source key (SHA-256 of a namespace and the key, as the version 8
/// name-based example of RFC 9562), so that a practice or pharmacy has the same HSDS id in every Signpost
/// database and the seed step can run again without making duplicates.
/// </summary>
public static class StableId
{
    private static readonly byte[] Namespace = Guid.Parse("6f1d3a52-4d7e-4c1b-9d0e-5167706f7374").ToByteArray(bigEndian: true);

    public static Guid For(string sourceKey)
    {
        var name = Encoding.UTF8.GetBytes(sourceKey);
        var input = new byte[Namespace.Length + name.Length];
        Namespace.CopyTo(input, 0);
        name.CopyTo(input, Namespace.Length);
        var hash = SHA256.HashData(input);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x80);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }
}
