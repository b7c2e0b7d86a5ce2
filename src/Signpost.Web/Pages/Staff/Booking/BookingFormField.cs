using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Signpost.Web.Pages.Staff.Booking;

/// <summary>One NHS.UK form field (text input or select) with its label, hint and error.</summary>
public sealed record BookingFormField(string Name, string Label, string? Value, string? Hint = null, string Type = "text", string? Autocomplete = null,
    IReadOnlyList<(string Value, string Text)>? Options = null, string Width = "")
{
    public string Id => Name.Replace('.', '_');

    public string? Error(ModelStateDictionary state) => state[Name]?.Errors.FirstOrDefault()?.ErrorMessage;
}
