using Signpost.Web.Pages.Requests;

namespace Signpost.Web.Pages.Shared.Navigation;

/// <summary>What the request field partials need: the typed form, the practices to choose from, and who is filling it in.</summary>
/// <remarks>Resident wording goes through the language module; the staff wording ("the person") stays English.</remarks>
public sealed record RequestFieldsView(RequestForm Form, IReadOnlyList<KeyValuePair<string, string>> Practices, bool Staff);
