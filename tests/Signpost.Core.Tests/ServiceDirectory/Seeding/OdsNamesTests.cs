using Signpost.Core.ServiceDirectory.Seeding;

namespace Signpost.Core.Tests.ServiceDirectory.Seeding;

public class OdsNamesTests
{
    [Theory]
    [InlineData("LEIGHTON LINSLADE HEALTH CONNECTIONS PCN", "Leighton Linslade Health Connections PCN")]
    [InlineData("UNITY (BEDFORD) PCN", "Unity (Bedford) PCN")]
    [InlineData("DR JL HENDERSON & PARTNERS", "Dr Jl Henderson & Partners")]
    [InlineData("ST. JOHN'S PHARMACY", "St. John's Pharmacy")]
    [InlineData("ONEMK PCN", "Onemk PCN")]
    public void Tidy_CapitalisedOdsName_ReadableName(string ods, string expected) => Assert.Equal(expected, OdsNames.Tidy(ods));
}
