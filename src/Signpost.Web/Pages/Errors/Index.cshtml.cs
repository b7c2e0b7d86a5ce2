using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Signpost.Web.Pages.Errors;

/// <summary>NHS-style error pages, re-executed for any 4xx/5xx that has no body of its own.</summary>
[IgnoreAntiforgeryToken]
public class IndexModel : PageModel
{
    public int Code { get; private set; }

    public string Heading => Code switch
    {
        404 => "Page not found",
        429 => "Too many requests",
        403 => "You cannot do that",
        400 or 405 => "There was a problem with your request",
        _ => "Sorry, there is a problem with the service",
    };

    public void OnGet(int code) => Show(code);
    public void OnPost(int code) => Show(code);

    private void Show(int code)
    {
        // Shown directly (not re-executed), /errors/N answers with that status, but never a success code.
        Code = code is >= 400 and <= 599 ? code : 404;
        if (HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is null
            && HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerFeature>() is null)
        {
            Response.StatusCode = Code;
        }
    }
}
