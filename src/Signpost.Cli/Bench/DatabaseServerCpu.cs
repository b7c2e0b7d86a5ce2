using System.Globalization;
using Npgsql;

namespace Signpost.Cli.Bench;

/// <summary>
/// CPU time used so far by the PostgreSQL server the bench talks to (the postmaster, every live backend and
/// background process, and children that have already exited), when it runs on this machine and the bench may read
/// its data directory (a superuser, as in the private cluster). Null otherwise.
/// </summary>
public sealed class DatabaseServerCpu
{
    private readonly int postmaster;

    private DatabaseServerCpu(int postmaster) => this.postmaster = postmaster;

    public static async Task<DatabaseServerCpu?> FindAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        try
        {
            await using var command = dataSource.CreateCommand("show data_directory");
            var directory = (string?)await command.ExecuteScalarAsync(cancellationToken);
            var pidFile = directory is null ? null : Path.Combine(directory, "postmaster.pid");
            if (pidFile is null || !File.Exists(pidFile)) return null;
            var pid = int.Parse(File.ReadLines(pidFile).First().Trim(), CultureInfo.InvariantCulture);
            return File.Exists($"/proc/{pid}/stat") ? new DatabaseServerCpu(pid) : null;
        }
        catch (Exception e) when (e is PostgresException or IOException or UnauthorizedAccessException or FormatException)
        {
            return null;
        }
    }

    /// <summary>Seconds of CPU (user + system) of the server and its processes so far.</summary>
    public double Seconds()
    {
        long ticks = 0;
        var own = Fields(postmaster);
        if (own is not null) ticks += Ticks(own, 11) + Ticks(own, 12) + Ticks(own, 13) + Ticks(own, 14);
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) || pid == postmaster) continue;
            var fields = Fields(pid);
            if (fields is not null && fields[1] == postmaster.ToString(CultureInfo.InvariantCulture)) ticks += Ticks(fields, 11) + Ticks(fields, 12);
        }
        return ticks / 100.0;
    }

    /// <summary>The fields of /proc/PID/stat after the command name (state is [0], parent [1], utime [11], stime [12], cutime [13], cstime [14]).</summary>
    private static string[]? Fields(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/stat").Split(')')[^1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static long Ticks(string[] fields, int index) => long.Parse(fields[index], CultureInfo.InvariantCulture);
}
