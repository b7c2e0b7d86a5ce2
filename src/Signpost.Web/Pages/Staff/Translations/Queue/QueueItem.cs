namespace Signpost.Web.Pages.Staff.Translations.Queue;

/// <summary>A unit in a language's queue, with its translation (if any) and state.</summary>
public sealed record QueueItem(long UnitId, string English, bool SafetyCritical, string? Text, string? State, bool Stale)
{
    public string StateText => Stale ? "Stale (English changed)" : State ?? "Missing";

    public string TagClass => Stale ? "nhsuk-tag--orange" : State switch
    {
        "approved" => "nhsuk-tag--green",
        "reviewed" => "nhsuk-tag--blue",
        "machine" => "nhsuk-tag--yellow",
        _ => "nhsuk-tag--grey",
    };
}
