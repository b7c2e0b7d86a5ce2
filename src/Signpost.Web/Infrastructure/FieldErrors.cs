using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Signpost.Web.Infrastructure;

/// <summary>Helpers for the NHS.UK field-error markup: the first message for a field, and its CSS modifiers.</summary>
public static class FieldErrors
{
    public static string? Of(this ModelStateDictionary state, string key) => state[key]?.Errors.FirstOrDefault()?.ErrorMessage;

    public static string GroupClass(this ModelStateDictionary state, string key) => state.Of(key) is null ? "" : "nhsuk-form-group--error";

    public static void AddAll(this ModelStateDictionary state, IReadOnlyDictionary<string, string> errors)
    {
        foreach (var (key, message) in errors) state.AddModelError(key, message);
    }
}
