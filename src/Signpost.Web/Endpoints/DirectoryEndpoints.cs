using Signpost.Web.Endpoints.Hsds;

namespace Signpost.Web.Endpoints;

/// <summary>The directory's JSON APIs: the HSDS / ORUK API and Signpost's own search.</summary>
public static class DirectoryEndpoints
{
    public static void MapDirectoryApis(this WebApplication app)
    {
        app.MapHsdsApi();
        app.MapDirectorySearchApi();
    }
}
