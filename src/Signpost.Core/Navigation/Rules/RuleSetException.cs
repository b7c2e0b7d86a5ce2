namespace Signpost.Core.Navigation.Rules;

/// <summary>The rule set file cannot be used; the message names the file and every problem found.</summary>
public sealed class RuleSetException(string message) : Exception(message);
