using Microsoft.Extensions.Options;
using Signpost.Core.RateLimits;

namespace Signpost.Web.Infrastructure;

/// <summary>
/// Limits sign-in attempts and anonymous form submissions per client address, with counters shared through the
/// database by every app instance. Over the limit the answer is 429 with a friendly page.
/// </summary>
public static class PublicRateLimits
{
    public const string SignInPath = "/account/sign-in";

    public static IApplicationBuilder UsePublicRateLimits(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (!HttpMethods.IsPost(context.Request.Method) || context.User.Identity?.IsAuthenticated == true
            || context.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is not null)
        {
            await next();
            return;
        }
        var limits = context.RequestServices.GetRequiredService<IOptionsSnapshot<SignpostOptions>>().Value.RateLimits;
        var isSignIn = context.Request.Path.StartsWithSegments(SignInPath, StringComparison.OrdinalIgnoreCase);
        var (name, limit) = isSignIn ? ("sign-in", limits.SignInPerMinute) : ("public-post", limits.PublicPostsPerMinute);
        var counter = context.RequestServices.GetRequiredService<RateLimitCounter>();
        if (await counter.TryHitAsync($"{name}:{ClientAddress.Key(context)}", limit, TimeSpan.FromMinutes(1), context.RequestAborted))
        {
            await next();
            return;
        }
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = "60";
    });
}
