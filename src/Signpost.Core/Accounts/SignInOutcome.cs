namespace Signpost.Core.Accounts;

public enum SignInOutcome
{
    SignedIn,
    WrongEmailOrPassword,
    LockedOut,
    Disabled,
}
