using Signpost.Core.ServiceDirectory;

namespace Signpost.Web.Pages.FindServices.Service;

/// <summary>What the shared service page body needs: the details, the local time now, and whether staff fields show.</summary>
public sealed record ServiceBodyView(ServiceDetails Details, DateTime LocalNow, bool Professional);
