namespace Signpost.Web.Endpoints.Hsds.Model;

/// <summary>HSDS organization_identifier (Signpost gives the ODS code).</summary>
public sealed record HsdsOrganizationIdentifier(Guid Id, Guid OrganizationId, string IdentifierScheme, string IdentifierType, string Identifier);
