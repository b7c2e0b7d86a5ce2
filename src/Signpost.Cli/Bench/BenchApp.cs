using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Signpost.Cli.Bench;

/// <summary>The web app started by the bench itself on a free loopback port, against the bench's own database.</summary>
public sealed class BenchApp : IAsyncDisposable
{
    private readonly Process process;
    private readonly Lock gate = new();
    private StreamWriter? log;

    private BenchApp(Process process, Uri url)
    {
        (this.process, Url) = (process, url);
        LogPath = Path.Combine(Path.GetTempPath(), $"signpost-bench-app-{process.Id}.log");
        log = new StreamWriter(LogPath) { AutoFlush = true };
    }

    /// <summary>The app's own output (warnings and errors), kept for looking into failed requests after a run.</summary>
    public string LogPath { get; }

    private void Log(string? line)
    {
        if (line is null) return;
        lock (gate) log?.WriteLine(line);
    }

    public Uri Url { get; }
    public int ProcessId => process.Id;

    public static async Task<BenchApp> StartAsync(string connectionString, CancellationToken cancellationToken)
    {
        var dll = FindWebDll();
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetDirectoryName(dll)! };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{port}");
        start.Environment["SIGNPOST_DB"] = connectionString;
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        var process = Process.Start(start) ?? throw new BenchException("Could not start the web app.");
        var app = new BenchApp(process, new Uri($"http://127.0.0.1:{port}"));
        process.OutputDataReceived += (_, e) => app.Log(e.Data);
        process.ErrorDataReceived += (_, e) => app.Log(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await app.WaitUntilReadyAsync(cancellationToken);
        return app;
    }

    /// <summary>Peak resident memory of the app (VmHWM), in MiB.</summary>
    public static double? PeakRssMib(int processId)
    {
        var status = $"/proc/{processId}/status";
        if (!File.Exists(status)) return null;
        var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return line is null ? null : double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
    }

    /// <summary>CPU time the process has used so far (user + system), in seconds.</summary>
    public static double? CpuSeconds(int processId)
    {
        var stat = $"/proc/{processId}/stat";
        if (!File.Exists(stat)) return null;
        var fields = File.ReadAllText(stat).Split(')')[^1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / 100.0;
    }

    /// <summary>The machine's busy and total CPU time so far (all cores, in clock ticks), from /proc/stat.</summary>
    public static (long Busy, long Total) MachineCpu()
    {
        var values = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(v => long.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        var idle = values[3] + values[4];
        return (values.Sum() - idle, values.Sum());
    }

    /// <summary>Time the process's threads have spent runnable but waiting for a CPU (run queue), in seconds.</summary>
    public static double? RunQueueWaitSeconds(int processId)
    {
        var tasks = $"/proc/{processId}/task";
        if (!Directory.Exists(tasks)) return null;
        long waited = 0;
        foreach (var task in Directory.EnumerateDirectories(tasks))
        {
            var path = Path.Combine(task, "schedstat");
            if (File.Exists(path)) waited += long.Parse(File.ReadAllText(path).Split(' ')[1], CultureInfo.InvariantCulture);
        }
        return waited / 1e9;
    }

    /// <summary>Linux CPU pressure so far: microseconds in which some runnable task waited for a CPU (/proc/pressure/cpu).</summary>
    public static long? CpuPressureMicroseconds()
    {
        if (!File.Exists("/proc/pressure/cpu")) return null;
        var some = File.ReadLines("/proc/pressure/cpu").First();
        return long.Parse(some[(some.IndexOf("total=", StringComparison.Ordinal) + 6)..], CultureInfo.InvariantCulture);
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        process.Dispose();
        lock (gate)
        {
            log?.Dispose();
            log = null;
        }
    }

    private async Task WaitUntilReadyAsync(CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = Url, Timeout = TimeSpan.FromSeconds(5) };
        for (var i = 0; i < 120; i++)
        {
            if (process.HasExited) throw new BenchException($"The web app stopped while starting (exit code {process.ExitCode}).");
            try
            {
                if ((await http.GetAsync(new Uri("/health/ready", UriKind.Relative), cancellationToken)).StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            await Task.Delay(500, cancellationToken);
        }
        throw new BenchException("The web app did not become ready within a minute.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static readonly string[] Configurations = ["Release", "Debug"];

    private static string FindWebDll()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (!File.Exists(Path.Combine(dir.FullName, "Signpost.slnx"))) continue;
            var candidates = Configurations.Select(c => Path.Combine(dir.FullName, "src", "Signpost.Web", "bin", c, "net10.0", "Signpost.Web.dll")).Where(File.Exists);
            // The Release build (./signpost keeps it up to date) even when a test run has written a newer Debug one:
            // a benchmark of a Debug build measures the wrong thing.
            return candidates.FirstOrDefault()
                ?? throw new BenchException("The web app is not built: run ./run once, or dotnet build src/Signpost.Web -c Release.");
        }
        throw new BenchException("Cannot find the repository (Signpost.slnx) above the tool; run it as ./signpost bench … from a checkout.");
    }
}
