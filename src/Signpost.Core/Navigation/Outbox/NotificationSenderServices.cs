using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Signpost.Core.Navigation.Outbox;

/// <summary>
/// The one <see cref="INotificationSender"/> both outboxes deliver through, chosen by <c>Signpost:Notifications:Sender</c>:
/// GOV.UK Notify, or the development sender that keeps messages in the database. Safe to call more than once.
/// </summary>
public static class NotificationSenderServices
{
    public const string HttpClientName = "notify";

    public static IServiceCollection AddNotificationSender(this IServiceCollection services, IConfiguration configuration)
    {
        if (services.Any(d => d.ServiceType == typeof(INotificationSender))) return services;
        var options = configuration.GetSection(GovUkNotifyOptions.Section).Get<GovUkNotifyOptions>() ?? new GovUkNotifyOptions();
        Validate(options);
        services.TryAddSingleton(options);
        services.AddHttpClient(HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(15));
        services.AddSingleton<INotificationSender>(sp => options.Sender == GovUkNotifyOptions.GovUkNotify
            ? new GovUkNotifySender(sp.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName), options, sp.GetRequiredService<TimeProvider>())
            : ActivatorUtilities.CreateInstance<DevelopmentNotificationSender>(sp));
        return services;
    }

    /// <summary>A wrong sender name or a malformed key stops start-up, rather than every message failing later.</summary>
    private static void Validate(GovUkNotifyOptions options)
    {
        if (options.Sender is not (GovUkNotifyOptions.Development or GovUkNotifyOptions.GovUkNotify))
        {
            throw new InvalidOperationException($"Signpost:Notifications:Sender must be development or govuk-notify, not '{options.Sender}'.");
        }
        if (options.Sender != GovUkNotifyOptions.GovUkNotify) return;
        try
        {
            GovUkNotifySender.ParseKey(options.ApiKey);
        }
        catch (NotificationException e)
        {
            throw new InvalidOperationException("Signpost:Notifications:ApiKey: " + e.Message, e);
        }
        if (options.SmsTemplateId is null && options.EmailTemplateId is null)
        {
            throw new InvalidOperationException("Signpost:Notifications needs SmsTemplateId or EmailTemplateId (a Notify template whose content is ((body))) when the sender is govuk-notify.");
        }
    }
}
