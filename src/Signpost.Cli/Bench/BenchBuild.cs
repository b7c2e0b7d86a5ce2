using System.Diagnostics;

namespace Signpost.Cli.Bench;

/// <summary>Finds the Release build of the web app next to this tool, building it first when it is missing.</summary>
public static class BenchBuild
{
    public static async Task<string> WebAppAsync(CancellationToken cancellationToken)
    {
        var root = Directory.GetParent(CliServices.FindDataDirectory("directory"))!.Parent!.FullName;
        var dll = Path.Combine(root, "src", "Signpost.Web", "bin", "Release", "net10.0", "Signpost.Web.dll");
        if (File.Exists(dll)) return dll;
        Console.Error.WriteLine("Building the web app (Release)…");
        using var build = Process.Start("dotnet", ["build", Path.Combine(root, "src", "Signpost.Web", "Signpost.Web.csproj"), "-c", "Release", "-v", "q", "--nologo"])
            ?? throw new InvalidOperationException("Could not run dotnet build.");
        await build.WaitForExitAsync(cancellationToken);
        return build.ExitCode == 0 && File.Exists(dll) ? dll : throw new InvalidOperationException("The web app did not build; run ./run once to see why.");
    }
}
