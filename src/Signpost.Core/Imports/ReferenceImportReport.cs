namespace Signpost.Core.Imports;

/// <summary>The outcome of <c>import reference</c>: each file, and the active organisations with no located postcode.</summary>
public sealed record ReferenceImportReport(IReadOnlyList<FileImportResult> Files, IReadOnlyList<UnlocatedOrganisation> Unlocated);

public sealed record UnlocatedOrganisation(string Kind, string OdsCode, string Name, string Postcode);
