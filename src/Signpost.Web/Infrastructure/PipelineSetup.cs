using Signpost.Web.Languages;

namespace Signpost.Web.Infrastructure;

public static class PipelineSetup
{
    public static IServiceCollection AddSignpostPages(this IServiceCollection services)
    {
        services.AddRouting(options => options.LowercaseUrls = true);
        services.AddRazorPages(options =>
        {
            options.Conventions.AuthorizeFolder("/Staff", SecuritySetup.StaffPolicy);
            options.Conventions.AuthorizeFolder("/Admin", Signpost.Core.Accounts.StaffRoles.Admin);
            options.Conventions.AuthorizeFolder("/Staff/Translations", SecuritySetup.TranslatorPolicy);
            options.Conventions.AuthorizeFolder("/Staff/Analytics", Signpost.Core.Accounts.StaffRoles.Manager);
        });
        return services;
    }

    public static WebApplication UseSignpostPipeline(this WebApplication app)
    {
        app.UseExceptionHandler("/errors/500");
        app.UseStatusCodePagesWithReExecute("/errors/{0}");
        app.UseSecurityHeaders();
        app.UseStaticFiles();
        app.UseRequestLanguage();
        app.UseRouting();
        app.UseAuthentication();
        app.UsePublicRateLimits();
        app.UseAuthorization();
        return app;
    }
}
