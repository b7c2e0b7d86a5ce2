namespace Signpost.Core.Booking;

/// <summary>NHS numbers: ten digits whose last is a modulus 11 check digit.</summary>
public static class NhsNumber
{
    public const string System = "https://fhir.nhs.uk/Id/nhs-number";

    /// <summary>The ten digits without spaces or hyphens, or null when the value is not a valid NHS number.</summary>
    public static string? Normalise(string? value)
    {
        if (value is null) return null;
        var digits = value.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal).Trim();
        return IsValid(digits) ? digits : null;
    }

    public static bool IsValid(string? digits)
    {
        if (digits is not { Length: 10 } || !digits.All(char.IsAsciiDigit)) return false;
        var sum = 0;
        for (var i = 0; i < 9; i++) sum += (digits[i] - '0') * (10 - i);
        var check = 11 - (sum % 11);
        if (check == 11) check = 0;
        return check != 10 && check == digits[9] - '0';
    }

    /// <summary>"943 476 5919": how people read an NHS number.</summary>
    public static string Format(string digits) => digits.Length == 10 ? $"{digits[..3]} {digits[3..6]} {digits[6..]}" : digits;
}
