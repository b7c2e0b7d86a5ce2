using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Signpost.Web.Tests.Endpoints.Hsds;

/// <summary>
/// The JSON Schema checks the ORUK schemas need (no validator package is in the registry here): type, required,
/// properties, items, enum, allOf, local $ref, formats uuid / uri / email / date-time / date, minimum, maximum,
/// pattern and lengths. Annotation keywords (title, description, example, constraints…) are ignored, as in
/// JSON Schema. The ORUK list schemas' <c>allOf: [{ "Page": … }]</c> is applied as the page object's schema.
/// </summary>
public static partial class JsonSchemaCheck
{
    public static List<string> Validate(JsonElement instance, JsonElement schema)
    {
        var errors = new List<string>();
        Check(instance, schema, schema, "$", errors);
        return errors;
    }

    private static void Check(JsonElement value, JsonElement schema, JsonElement root, string path, List<string> errors)
    {
        if (schema.ValueKind != JsonValueKind.Object) return;
        if (schema.TryGetProperty("$ref", out var reference)) schema = Resolve(reference.GetString()!, root);
        if (schema.TryGetProperty("type", out var type) && !TypeMatches(value, type))
        {
            errors.Add($"{path}: expected {type.GetRawText()} but found {value.ValueKind}");
            return;
        }
        if (schema.TryGetProperty("enum", out var choices) && !choices.EnumerateArray().Any(c => JsonElement.DeepEquals(c, value)))
        {
            errors.Add($"{path}: {value.GetRawText()} is not one of {choices.GetRawText()}");
        }
        if (schema.TryGetProperty("allOf", out var allOf))
        {
            foreach (var part in allOf.EnumerateArray())
            {
                Check(value, part.TryGetProperty("Page", out var page) ? RequireAll(page) : part, root, path, errors);
            }
        }
        if (value.ValueKind == JsonValueKind.Object) CheckObject(value, schema, root, path, errors);
        if (value.ValueKind == JsonValueKind.Array && schema.TryGetProperty("items", out var items))
        {
            var i = 0;
            foreach (var item in value.EnumerateArray()) Check(item, items, root, $"{path}[{i++}]", errors);
        }
        if (value.ValueKind == JsonValueKind.String) CheckString(value.GetString()!, schema, path, errors);
        if (value.ValueKind == JsonValueKind.Number) CheckNumber(value.GetDouble(), schema, path, errors);
    }

    private static void CheckObject(JsonElement value, JsonElement schema, JsonElement root, string path, List<string> errors)
    {
        if (schema.TryGetProperty("required", out var required) && required.ValueKind == JsonValueKind.Array)
        {
            foreach (var name in required.EnumerateArray().Select(r => r.GetString()!).Where(n => !value.TryGetProperty(n, out _)))
            {
                errors.Add($"{path}: the required property \"{name}\" is missing");
            }
        }
        if (!schema.TryGetProperty("properties", out var properties)) return;
        foreach (var property in value.EnumerateObject())
        {
            if (properties.TryGetProperty(property.Name, out var propertySchema)) Check(property.Value, propertySchema, root, $"{path}.{property.Name}", errors);
        }
    }

    private static void CheckString(string text, JsonElement schema, string path, List<string> errors)
    {
        if (schema.TryGetProperty("format", out var format) && !FormatMatches(text, format.GetString()!))
        {
            errors.Add($"{path}: \"{text}\" is not a valid {format.GetString()}");
        }
        if (schema.TryGetProperty("pattern", out var pattern) && !Regex.IsMatch(text, pattern.GetString()!, RegexOptions.None, TimeSpan.FromSeconds(1)))
        {
            errors.Add($"{path}: \"{text}\" does not match {pattern.GetString()}");
        }
        if (schema.TryGetProperty("minLength", out var min) && text.Length < min.GetInt32()) errors.Add($"{path}: shorter than {min.GetInt32()}");
        if (schema.TryGetProperty("maxLength", out var max) && text.Length > max.GetInt32()) errors.Add($"{path}: longer than {max.GetInt32()}");
    }

    private static void CheckNumber(double number, JsonElement schema, string path, List<string> errors)
    {
        if (schema.TryGetProperty("minimum", out var min) && number < min.GetDouble()) errors.Add($"{path}: {number} is below {min.GetDouble()}");
        if (schema.TryGetProperty("maximum", out var max) && number > max.GetDouble()) errors.Add($"{path}: {number} is above {max.GetDouble()}");
    }

    private static bool TypeMatches(JsonElement value, JsonElement type) =>
        type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Any(t => IsType(value, t.GetString()!)) : IsType(value, type.GetString()!);

    private static bool IsType(JsonElement value, string type) => type switch
    {
        "string" => value.ValueKind == JsonValueKind.String,
        "number" => value.ValueKind == JsonValueKind.Number,
        "integer" => value.ValueKind == JsonValueKind.Number && value.GetDouble() % 1 == 0,
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "object" => value.ValueKind == JsonValueKind.Object,
        "array" => value.ValueKind == JsonValueKind.Array,
        "null" => value.ValueKind == JsonValueKind.Null,
        _ => true,
    };

    private static bool FormatMatches(string text, string format) => format switch
    {
        "uuid" => Guid.TryParseExact(text, "D", out _),
        "uri" => Uri.TryCreate(text, UriKind.Absolute, out _),
        "email" => EmailPattern().IsMatch(text),
        "date-time" => DateTimePattern().IsMatch(text) && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
        "date" => DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
        _ => true,
    };

    private static JsonElement Resolve(string reference, JsonElement root)
    {
        if (reference is "" or "#") return root;
        if (!reference.StartsWith("#/", StringComparison.Ordinal)) throw new NotSupportedException($"Only local $ref is supported, not {reference}");
        var node = root;
        foreach (var part in reference[2..].Split('/')) node = node.GetProperty(part.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal));
        return node;
    }

    /// <summary>The ORUK "Page" definition with every page field required.</summary>
    private static JsonElement RequireAll(JsonElement page)
    {
        var names = page.GetProperty("properties").EnumerateObject().Select(p => p.Name).Append("contents");
        var json = $$"""{"type":"object","required":{{JsonSerializer.Serialize(names)}},"properties":{{page.GetProperty("properties").GetRawText()}}}""";
        return JsonDocument.Parse(json).RootElement;
    }

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")]
    private static partial Regex DateTimePattern();
}
