using System.Globalization;
using Signpost.Core.Languages;
using Signpost.Core.Translation;

namespace Signpost.Web.Languages;

/// <summary>
/// Chooses the request's language: <c>?lang=ur</c> (which is then remembered in a cookie), else the cookie, else
/// English. The browser's Accept-Language is deliberately not used: NHS.UK research found people dislike
/// translation they did not ask for. Sets the culture for dates and numbers and loads the language's translations.
/// </summary>
public sealed class RequestLanguageMiddleware(RequestDelegate next, TranslationCache cache, TimeProvider clock)
{
    public const string CookieName = "signpost.lang";
    public const string QueryName = "lang";

    public async Task InvokeAsync(HttpContext context)
    {
        var catalogue = LanguageCatalogue.Default;
        var asked = catalogue.Find(context.Request.Query[QueryName].FirstOrDefault());
        var language = asked ?? catalogue.Find(context.Request.Cookies[CookieName]) ?? catalogue.English;
        if (asked is not null && context.Request.Cookies[CookieName] != asked.Code)
        {
            context.Response.Cookies.Append(CookieName, asked.Code, new CookieOptions
            {
                HttpOnly = true,
                IsEssential = true,
                SameSite = SameSiteMode.Lax,
                Secure = context.Request.IsHttps,
                Expires = clock.GetUtcNow().AddYears(1),
            });
        }
        var culture = RequestLanguage.CultureFor(language);
        var snapshot = await cache.GetAsync(language.Code, context.RequestAborted);
        context.Features.Set(new RequestLanguage(language, culture, snapshot));
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
        context.Response.Headers.ContentLanguage = language.Code;
        await next(context);
    }
}
