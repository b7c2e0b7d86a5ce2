namespace Signpost.Web.Endpoints.Hsds.Model;

/// <summary>A JSON error body for 400 and 404 answers.</summary>
public sealed record HsdsError(int Status, string Error);
