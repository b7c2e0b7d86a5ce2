namespace Signpost.Web.Endpoints.Hsds;

/// <summary>The OpenAPI 3.0 document of the HSDS API (an embedded file: Endpoints/Hsds/openapi.json).</summary>
public static class HsdsOpenApi
{
    public static Stream Open() =>
        typeof(HsdsOpenApi).Assembly.GetManifestResourceStream("Signpost.Web.Hsds.openapi.json")
        ?? throw new InvalidOperationException("The HSDS OpenAPI document is not embedded.");
}
