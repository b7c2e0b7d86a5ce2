namespace Signpost.Core.ServiceDirectory;

/// <summary>How a person gets into a service.</summary>
public static class AccessMethods
{
    public const string WalkIn = "walk-in";
    public const string Phone = "phone";
    public const string Online = "online";
    public const string SelfReferral = "self-referral";
    public const string Referral = "referral";

    public static readonly IReadOnlyList<string> All = [WalkIn, Phone, Online, SelfReferral, Referral];

    public static string Label(string method) => method switch
    {
        WalkIn => "Walk in",
        Phone => "Call",
        Online => "Online",
        SelfReferral => "Refer yourself",
        Referral => "Needs a referral",
        _ => method,
    };
}
