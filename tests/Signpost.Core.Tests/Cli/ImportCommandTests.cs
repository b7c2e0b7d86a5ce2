using Signpost.TestCommon;

namespace Signpost.Core.Tests.Cli;

public class ImportCommandTests
{
    [Fact]
    public async Task ImportReference_MissingFolder_ClearMessageAndExit1()
    {
        var database = await TestDatabase.GetAsync();

        var result = await CliProcess.RunAsync(database.ConnectionString, null, "import", "reference", "--from", "/no/such/folder");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("the folder does not exist", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownCommand_NonZeroExitAndHelp()
    {
        var database = await TestDatabase.GetAsync();

        var result = await CliProcess.RunAsync(database.ConnectionString, null, "frobnicate");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("frobnicate", result.Error + result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_ListsTheCommands()
    {
        var database = await TestDatabase.GetAsync();

        var result = await CliProcess.RunAsync(database.ConnectionString, null, "--help");

        Assert.Equal(0, result.ExitCode);
        foreach (var command in new[] { "migrate", "import", "users", "demo" }) Assert.Contains(command, result.Output, StringComparison.Ordinal);
    }
}
