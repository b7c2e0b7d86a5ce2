namespace Signpost.TestCommon;

/// <summary>Settings that point the GOV.UK Notify sender at a fake Notify (a <see cref="FakeHttpServer"/>), with made-up key and templates.</summary>
public static class NotifyTestSettings
{
    public const string ServiceId = "26785a09-ab16-4eb0-8407-a37497a57506";
    public const string Secret = "3d844edf-8d35-48ac-975b-e847b4f122b0";
    public const string SmsTemplateId = "f33517ff-2a88-4f6e-b855-c550268ce08a";
    public const string EmailTemplateId = "0f1b7a3e-51c2-4d1a-9c55-1a0c0b7d7e21";
    public const string ConfirmationSmsTemplateId = "8d0c6f0e-7b3a-4a57-9d55-6f3f1f6c2a10";

    public static Dictionary<string, string?> For(Uri notifyUrl) => new()
    {
        ["Signpost:Notifications:Sender"] = "govuk-notify",
        ["Signpost:Notifications:BaseUrl"] = notifyUrl.ToString(),
        ["Signpost:Notifications:ApiKey"] = $"signpost_test-{ServiceId}-{Secret}",
        ["Signpost:Notifications:SmsTemplateId"] = SmsTemplateId,
        ["Signpost:Notifications:EmailTemplateId"] = EmailTemplateId,
        ["Signpost:Notifications:SmsTemplates:booking-confirmation"] = ConfirmationSmsTemplateId,
    };

    /// <summary>What Notify answers when it accepts a message.</summary>
    public static (int Status, string Body) Accepted(string id) => (201, $$"""{"id": "{{id}}", "reference": null}""");
}
