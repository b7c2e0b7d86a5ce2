using System.Text.Json;

namespace Signpost.Web.Endpoints;

/// <summary>Reads a bounded JSON request body, turning every way it can be wrong into one plain sentence.</summary>
public static class JsonBody
{
    public static async Task<(JsonDocument? Body, string? Problem)> ReadAsync(HttpRequest request, int maxBytes)
    {
        if (request.ContentType is not { } type || !type.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
        {
            return (null, "Send the body as JSON with Content-Type: application/json.");
        }
        if (request.ContentLength > maxBytes) return (null, $"The body must be {maxBytes / 1024} KB or smaller.");
        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted)) > 0)
        {
            if (buffer.Length + read > maxBytes) return (null, $"The body must be {maxBytes / 1024} KB or smaller.");
            buffer.Write(chunk, 0, read);
        }
        try
        {
            return (JsonDocument.Parse(buffer.ToArray()), null);
        }
        catch (JsonException e)
        {
            return (null, $"The body is not valid JSON (line {(e.LineNumber ?? 0) + 1}, position {(e.BytePositionInLine ?? 0) + 1}).");
        }
    }
}
