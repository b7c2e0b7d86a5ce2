using Signpost.TestCommon;

namespace Signpost.Core.Tests.Cli;

public class BenchCommandTests
{
    [Theory]
    [InlineData("--clients", "0", "--clients must be from 1 to 10000.")]
    [InlineData("--url", "ftp://example", "--url must be an http(s) address")]
    [InlineData("--app-pid", "123", "--app-pid goes with --url")]
    public async Task BookingSurge_BadOption_ExitCode2AndClearMessage(string option, string value, string message)
    {
        var database = await TestDatabase.GetAsync();

        var result = await CliProcess.RunAsync(database.ConnectionString, null, "bench", "booking-surge", option, value);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BookingSurge_NothingAtUrl_ExitCode2AndClearMessage()
    {
        var database = await TestDatabase.GetAsync();

        var result = await CliProcess.RunAsync(database.ConnectionString, null, "bench", "booking-surge", "--url", "http://127.0.0.1:9");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Nothing answers at http://127.0.0.1:9", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }
}
