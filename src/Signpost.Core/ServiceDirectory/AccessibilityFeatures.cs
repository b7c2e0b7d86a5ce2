namespace Signpost.Core.ServiceDirectory;

/// <summary>The accessibility facilities a location can have (HSDS accessibility), as searchable codes.</summary>
public static class AccessibilityFeatures
{
    public const string StepFree = "step-free";
    public const string HearingLoop = "hearing-loop";
    public const string Bsl = "bsl";
    public const string AccessibleToilet = "accessible-toilet";
    public const string Parking = "parking";

    public static readonly IReadOnlyList<string> All = [StepFree, HearingLoop, Bsl, AccessibleToilet, Parking];

    public static string Label(string feature) => feature switch
    {
        StepFree => "Step-free access",
        HearingLoop => "Hearing loop",
        Bsl => "British Sign Language (BSL) interpreter",
        AccessibleToilet => "Accessible toilet",
        Parking => "Disabled parking",
        _ => feature,
    };
}
