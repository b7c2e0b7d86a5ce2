namespace Signpost.Web.Endpoints.Hsds.Model;

/// <summary>HSDS phone (public numbers only).</summary>
public sealed record HsdsPhone(Guid Id, Guid? ServiceId, string Number, string? Type, string? Description);
