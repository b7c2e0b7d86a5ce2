using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Signpost.Core.Audit;
using Signpost.Core.Data;
using Signpost.Web.Infrastructure;

namespace Signpost.Web.Pages.Account.SignOut;

public class IndexModel(SignpostDb db, AuditLog audit) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            audit.Record(AuditActor.User(User.Email(), ClientAddress.Of(HttpContext)), "staff-user.signed-out", "staff_user",
                User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value);
            await db.SaveChangesAsync();
        }
        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return Redirect("/account/sign-in?signedOut=true");
    }
}
