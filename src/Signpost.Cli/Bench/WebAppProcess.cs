using System.Diagnostics;
using System.Net.Sockets;

namespace Signpost.Cli.Bench;

/// <summary>Starts the real web app (Release build) as a child process against the benchmark database and reads its memory.</summary>
public sealed class WebAppProcess : IAsyncDisposable
{
    private readonly Process process;

    private WebAppProcess(Process process, Uri address)
    {
        this.process = process;
        Address = address;
    }

    public Uri Address { get; }

    public static async Task<WebAppProcess> StartAsync(string webDll, string connectionString, CancellationToken cancellationToken)
    {
        var port = FreePort();
        var info = new ProcessStartInfo("dotnet", [webDll, "--urls", $"http://127.0.0.1:{port}"])
        {
            WorkingDirectory = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(webDll)!, "../../..")),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.Environment["SIGNPOST_DB"] = connectionString;
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        var process = Process.Start(info) ?? throw new InvalidOperationException("Could not start the web app.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var app = new WebAppProcess(process, new Uri($"http://127.0.0.1:{port}"));
        await app.WaitUntilReadyAsync(cancellationToken);
        return app;
    }

    /// <summary>Peak resident memory (VmHWM) of the app since it started, in MiB.</summary>
    public double PeakResidentMiB() => ReadStatusKib("VmHWM:") / 1024.0;

    public double ResidentMiB() => ReadStatusKib("VmRSS:") / 1024.0;

    private double ReadStatusKib(string field)
    {
        var line = File.ReadLines($"/proc/{process.Id}/status").First(l => l.StartsWith(field, StringComparison.Ordinal));
        return double.Parse(line[field.Length..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
    }

    private async Task WaitUntilReadyAsync(CancellationToken cancellationToken)
    {
        using var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        for (var i = 0; i < 120; i++)
        {
            if (process.HasExited) throw new InvalidOperationException($"The web app stopped at start-up (exit code {process.ExitCode}).");
            try
            {
                if ((await client.GetAsync(new Uri("/health/ready", UriKind.Relative), cancellationToken)).IsSuccessStatusCode) return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            await Task.Delay(500, cancellationToken);
        }
        throw new InvalidOperationException("The web app did not become ready within a minute.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        process.Dispose();
    }
}
