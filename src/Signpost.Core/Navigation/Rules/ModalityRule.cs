namespace Signpost.Core.Navigation.Rules;

/// <summary>
/// How the person is seen. The person's preference is used when it is <see cref="Allowed"/>; otherwise
/// <see cref="Default"/> is used and <see cref="Because"/> says why (for example, an ear needs examining).
/// </summary>
public sealed class ModalityRule
{
    public required string Default { get; init; }
    public IReadOnlyList<string>? Allowed { get; init; }
    public string? Because { get; init; }
}
