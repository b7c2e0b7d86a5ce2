namespace Signpost.Cli.Bench;

/// <summary>What one simulated person needs: their practice and the appointment type (role and modality) that fits.</summary>
public sealed record SurgeNeed(string PracticeCode, string TypeCode);
