namespace Signpost.Core.Navigation.Outbox;

/// <summary>The <c>Signpost:Notifications</c> settings: one configuration for both outboxes (navigation and booking).</summary>
public sealed class GovUkNotifyOptions
{
    public const string Section = "Signpost:Notifications";
    public const string Development = "development";
    public const string GovUkNotify = "govuk-notify";

    /// <summary><c>development</c> (store messages, the default) or <c>govuk-notify</c>.</summary>
    public string Sender { get; set; } = Development;

    public string BaseUrl { get; set; } = "https://api.notifications.service.gov.uk";

    /// <summary>The Notify API key, <c>{name}-{service id}-{secret}</c>. Keep it in an environment variable, never in a file.</summary>
    public string? ApiKey { get; set; }

    /// <summary>The default SMS template (its content is <c>((body))</c>): every message without a template of its own.</summary>
    public string? SmsTemplateId { get; set; }
    public string? EmailTemplateId { get; set; }

    /// <summary>
    /// Optional templates per kind of message (keys such as <c>booking-confirmation</c>, <c>booking-reminder</c>), each
    /// also with <c>((body))</c>: lets the Notify dashboard count each kind apart. Unlisted kinds use the default.
    /// </summary>
    public Dictionary<string, string> SmsTemplates { get; set; } = new(StringComparer.OrdinalIgnoreCase);
    public Dictionary<string, string> EmailTemplates { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Seconds between outbox dispatch runs; 0 turns the dispatcher off in this instance.</summary>
    public int DispatchIntervalSeconds { get; set; } = 5;

    /// <summary>The template for a message: its kind's own if configured, else the channel's default (null when neither is).</summary>
    public string? TemplateFor(string channel, string? template)
    {
        var sms = channel == "sms";
        var byKind = sms ? SmsTemplates : EmailTemplates;
        if (template is not null && byKind.TryGetValue(template, out var id) && !string.IsNullOrWhiteSpace(id)) return id;
        return sms ? SmsTemplateId : EmailTemplateId;
    }
}
