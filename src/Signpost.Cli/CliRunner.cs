using System.CommandLine;
using Npgsql;
using Signpost.Core.Accounts;
using Signpost.Core.Analytics.Measures;
using Signpost.Core.Imports;

namespace Signpost.Cli;

/// <summary>Runs a command and turns the failures a user can act on into a clear message and a non-zero exit.</summary>
public static class CliRunner
{
    public const int Failed = 1;
    public const int BadInput = 2;

    public static async Task<int> InvokeAsync(RootCommand root, string[] args)
    {
        try
        {
            return await root.Parse(args).InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (UserMessage(e) is { } message)
        {
            Console.Error.WriteLine(message);
            return e is StaffAccountException or AnalyticsInputException ? BadInput : Failed;
        }
        catch (Exception e) when (Environment.GetEnvironmentVariable("SIGNPOST_DEBUG") is null)
        {
            Console.Error.WriteLine($"Signpost stopped on an unexpected error ({e.GetType().Name}): {e.Message}");
            Console.Error.WriteLine("Set SIGNPOST_DEBUG=1 to see the details.");
            return Failed;
        }
    }

    private static string? UserMessage(Exception e) => e switch
    {
        ImportException import => $"Import failed, nothing from that file was saved. {import.Message}",
        StaffAccountException account => account.Message,
        AnalyticsInputException input => input.Message,
        InvalidOperationException { Message: var m } when m.StartsWith("No database is configured", StringComparison.Ordinal) => m,
        NpgsqlException { InnerException: System.Net.Sockets.SocketException } => "Cannot reach the database. Is it running? (./run and ./signpost start the private one.)",
        PostgresException { SqlState: "28P01" } => "The database refused the password in SIGNPOST_DB.",
        _ => null,
    };


    /// <summary>Writes a message for the user to standard error.</summary>
    public static void WriteError(string message) => Console.Error.WriteLine(message);
}
