using Signpost.Web.Languages;

namespace Signpost.Web.Tests.Languages;

public class BidiTextTests
{
    [Theory]
    [InlineData("فون نمبر لکھیں، جیسے 01582 700 000 یا 07700 900 000", "فون نمبر لکھیں، جیسے <span dir=\"ltr\">01582 700 000</span> یا <span dir=\"ltr\">07700 900 000</span>")]
    [InlineData("مثال کے طور پر 15 3 1984۔", "مثال کے طور پر <span dir=\"ltr\">15 3 1984</span>۔")]
    [InlineData("پچھلے 6 مہینوں میں", "پچھلے 6 مہینوں میں")]
    [InlineData("جیسے LU1 2QP", "جیسے LU1 2QP")]
    public void Encode_RightToLeft_NumberRunsWithSpacesIsolated(string text, string html)
    {
        Assert.Equal(html, System.Net.WebUtility.HtmlDecode(BidiText.Encode(text, rightToLeft: true)));
    }

    [Fact]
    public void Encode_LeftToRight_OnlyEncodes()
    {
        Assert.Equal("Call 01582 700 000 &amp; ask", BidiText.Encode("Call 01582 700 000 & ask", rightToLeft: false));
    }
}
