namespace Signpost.TestCommon;

/// <summary>Finds folders of the repository (data/, src/) from the test binaries' location.</summary>
public static class RepositoryPaths
{
    public static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Signpost.slnx"))) return dir.FullName;
        }
        throw new InvalidOperationException("Cannot find the repository root (Signpost.slnx) above " + AppContext.BaseDirectory);
    }

    public static string Data(string folder) => Path.Combine(Root(), "data", folder);
}
