using Signpost.Web.Pages.Requests;

namespace Signpost.Web.Pages.Shared.Navigation;

/// <summary>What the request field partials need: the typed form, the practices to choose from, and who is filling it in.</summary>
public sealed record RequestFieldsView(RequestForm Form, IReadOnlyList<KeyValuePair<string, string>> Practices, bool Staff)
{
    /// <summary>"you" for a resident, "the person" for a navigator.</summary>
    public string Who => Staff ? "the person" : "you";
}
