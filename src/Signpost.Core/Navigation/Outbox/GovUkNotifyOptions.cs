namespace Signpost.Core.Navigation.Outbox;

/// <summary>The <c>Signpost:Notifications</c> settings.</summary>
public sealed class GovUkNotifyOptions
{
    public const string Section = "Signpost:Notifications";

    /// <summary><c>development</c> (store messages, the default) or <c>govuk-notify</c>.</summary>
    public string Sender { get; set; } = "development";

    public string BaseUrl { get; set; } = "https://api.notifications.service.gov.uk";

    /// <summary>The Notify API key, <c>{name}-{service id}-{secret}</c>. Keep it in an environment variable, never in a file.</summary>
    public string? ApiKey { get; set; }

    public string? SmsTemplateId { get; set; }
    public string? EmailTemplateId { get; set; }

    /// <summary>Seconds between outbox dispatch runs; 0 turns the dispatcher off in this instance.</summary>
    public int DispatchIntervalSeconds { get; set; } = 5;
}
