using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Signpost.Core.Accounts;
using Signpost.Core.Audit;
using Signpost.Core.Demo;
using Signpost.Web.Infrastructure;

namespace Signpost.Web.Pages.Account.SignIn;

public class IndexModel(StaffAccounts accounts, IOptions<SignpostOptions> options, TimeProvider clock) : PageModel
{
    [BindProperty] public string? Email { get; set; }
    [BindProperty] public string? Password { get; set; }
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(Email)) ModelState.AddModelError(nameof(Email), "Enter your email address");
        if (string.IsNullOrEmpty(Password)) ModelState.AddModelError(nameof(Password), "Enter your password");
        if (!ModelState.IsValid) return Page();

        var actor = AuditActor.User(StaffAccounts.NormaliseEmail(Email!), ClientAddress.Of(HttpContext));
        var result = DemoAccounts.IsDemo(Email!) && !options.Value.Demo
            ? new Signpost.Core.Accounts.SignInResult(SignInOutcome.Disabled)
            : await accounts.SignInAsync(Email!, Password!, actor, HttpContext.RequestAborted);
        switch (result.Outcome)
        {
            case SignInOutcome.SignedIn:
                await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, StaffPrincipal.Create(result.User!));
                return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/staff");
            case SignInOutcome.LockedOut:
                var until = Signpost.Core.Time.UkTime.ToLocal(result.LockedUntil ?? clock.GetUtcNow());
                ModelState.AddModelError(nameof(Email), $"Your account is locked because of too many wrong passwords. Try again after {until:h:mmtt} (UK time).".Replace("AM", "am").Replace("PM", "pm"));
                return Page();
            default:
                ModelState.AddModelError(nameof(Email), "Email address or password is not right. Check them and try again.");
                return Page();
        }
    }
}
