using System.Text.Json.Serialization;

namespace Signpost.Web.Endpoints.Hsds.Model;

/// <summary>HSDS address.</summary>
public sealed record HsdsAddress(Guid Id, Guid LocationId,
    [property: JsonPropertyName("address_1")] string Address1,
    [property: JsonPropertyName("address_2")] string? Address2,
    string City, string StateProvince, string PostalCode, string Country, string AddressType);
