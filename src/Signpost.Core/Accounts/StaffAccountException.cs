namespace Signpost.Core.Accounts;

/// <summary>A request about a staff account that cannot be carried out; the message is for the person asking.</summary>
public class StaffAccountException(string message) : Exception(message);
