using Signpost.Core.ServiceDirectory;

namespace Signpost.Web.Pages.Staff.ServiceDirectory;

/// <summary>What the shared service form needs: the values, the taxonomy to choose from, and the location's name (if any).</summary>
public sealed record ServiceFormView(ServiceForm Form, IReadOnlyList<TaxonomyTerm> Terms, string? LocationName);
