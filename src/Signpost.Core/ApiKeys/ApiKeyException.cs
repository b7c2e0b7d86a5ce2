namespace Signpost.Core.ApiKeys;

/// <summary>A problem with an API key request, in words the person can act on.</summary>
public class ApiKeyException(string message) : Exception(message);
