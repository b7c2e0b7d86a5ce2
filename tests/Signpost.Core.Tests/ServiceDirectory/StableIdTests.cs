using Signpost.Core.ServiceDirectory;

namespace Signpost.Core.Tests.ServiceDirectory;

public class StableIdTests
{
    [Fact]
    public void For_SameKey_SameUuidEveryTime() => Assert.Equal(StableId.For("ods:E81003"), StableId.For("ods:E81003"));

    [Fact]
    public void For_DifferentKeys_DifferentUuids() => Assert.NotEqual(StableId.For("ods:E81003"), StableId.For("ods:E81004"));

    [Fact]
    public void For_AnyKey_IsAVersion8Variant10Uuid()
    {
        var text = StableId.For("gp:E81003").ToString();

        Assert.Equal('8', text[14]);
        Assert.Contains(text[19], "89ab");
    }
}
