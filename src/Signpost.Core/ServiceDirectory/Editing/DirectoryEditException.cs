namespace Signpost.Core.ServiceDirectory.Editing;

/// <summary>An edit that cannot be saved, with the reason in the editor's words. Nothing was changed.</summary>
public class DirectoryEditException(string message) : Exception(message);
