using Signpost.Core.Time;
using System.Globalization;
using Signpost.Core.Booking;

namespace Signpost.Web.Endpoints.Fhir;

/// <summary>Reads FHIR search parameters; a value it cannot read becomes a message for a 400 OperationOutcome.</summary>
public static class FhirSearchParameters
{
    /// <summary>Reads repeated <c>start=ge…</c>, <c>start=lt…</c> values (a date, or a date and time with an offset).</summary>
    public static (DateTimeOffset? From, DateTimeOffset? To, string? Problem) StartRange(IEnumerable<string?> values)
    {
        DateTimeOffset? from = null, to = null;
        foreach (var raw in values)
        {
            var value = raw ?? "";
            var prefix = value.Length > 2 && char.IsAsciiLetter(value[0]) ? value[..2] : "eq";
            var text = prefix == "eq" && !value.StartsWith("eq", StringComparison.Ordinal) ? value : value[2..];
            if (!TryInstant(text, prefix, out var instant, out var endOfDay))
            {
                return (null, null, $"start={value} is not a date (like 2026-03-30) or a date and time with an offset (like 2026-03-30T09:00:00+01:00).");
            }
            switch (prefix)
            {
                case "ge" or "gt": from = instant; break;
                case "le" or "lt": to = instant; break;
                case "eq": from = instant; to = endOfDay; break;
                default: return (null, null, $"start={value}: use the prefixes ge, gt, le or lt.");
            }
        }
        return (from, to, null);
    }

    private static bool TryInstant(string text, string prefix, out DateTimeOffset instant, out DateTimeOffset endOfDay)
    {
        // A date means the whole UK day: from its start, or (le, eq) to the start of the next.
        endOfDay = default;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            instant = prefix is "le" or "gt" ? UkTime.StartOfDay(day.AddDays(1)) : UkTime.StartOfDay(day);
            endOfDay = UkTime.StartOfDay(day.AddDays(1));
            return true;
        }
        var hasOffset = text.Length > 19 && (text.EndsWith('Z') || text[^6] is '+' or '-');
        var ok = DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal, out instant);
        // The range is searched as [from, to): make le and gt at an instant inclusive and exclusive as FHIR means.
        instant = instant.ToUniversalTime().AddMicroseconds(prefix is "le" or "gt" ? 1 : 0);
        return ok && hasOffset;
    }

    /// <summary>"Slot/{id}", "Schedule/{id}" or a bare id.</summary>
    public static Guid? Id(string? value, string resourceType)
    {
        if (value is null) return null;
        var text = value.StartsWith(resourceType + "/", StringComparison.Ordinal) ? value[(resourceType.Length + 1)..] : value;
        return Guid.TryParse(text, out var id) ? id : null;
    }

    public static int? Count(string? value, int max) =>
        value is null ? 50 : int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count >= 1 && count <= max ? count : null;
}
