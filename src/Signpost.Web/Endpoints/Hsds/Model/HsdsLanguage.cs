namespace Signpost.Web.Endpoints.Hsds.Model;

/// <summary>HSDS language spoken at a service.</summary>
public sealed record HsdsLanguage(Guid Id, Guid ServiceId, string Name, string Code);
