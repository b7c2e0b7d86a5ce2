namespace Signpost.Web.Endpoints.Hsds.Model;

/// <summary>The answer of GET /api/hsds: which HSDS version and profile, and where the OpenAPI document is.</summary>
public sealed record HsdsApiDetails(string Version, string Profile, string OpenapiUrl);
