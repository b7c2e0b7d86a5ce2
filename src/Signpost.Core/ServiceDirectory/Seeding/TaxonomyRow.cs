namespace Signpost.Core.ServiceDirectory.Seeding;

/// <summary>One row of taxonomy.csv.</summary>
public sealed record TaxonomyRow(string Code, string? Parent, string Name, string Description, string? NeedLabel, string Keywords, int Line);
