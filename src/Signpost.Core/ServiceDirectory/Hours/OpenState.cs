namespace Signpost.Core.ServiceDirectory.Hours;

/// <summary>Whether a service is open at a moment, and until when or from when (local times).</summary>
public sealed record OpenState(bool IsKnown, bool IsOpen, DateTime? Until, DateTime? NextOpens)
{
    public static readonly OpenState Unknown = new(false, false, null, null);
}
