namespace Signpost.Core.Navigation.Requests;

/// <summary>
/// The outcome of submitting: saved (with its assessment), not taken now (with what to do instead), or invalid
/// (field → message, nothing saved).
/// </summary>
public sealed record SubmitResult(
    NavigationRequest? Request,
    Assessment? Assessment,
    string? NotAcceptedMessage,
    IReadOnlyDictionary<string, string> Errors)
{
    public bool Saved => Request is not null;
    public static SubmitResult Invalid(IReadOnlyDictionary<string, string> errors) => new(null, null, null, errors);
}
