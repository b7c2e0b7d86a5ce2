using System.Diagnostics;
using Signpost.TestCommon;

namespace Signpost.Core.Tests.Translation.Machine;

/// <summary>
/// A real Apertium APy for the integration tests: the one ./test started (SIGNPOST_APY_URL), else one this process
/// starts from Debian's apertium-apy on a free loopback port. <see cref="Unavailable"/> says why there is none.
/// </summary>
public sealed class ApertiumServer : IAsyncLifetime
{
    private static readonly string[] ApyPaths = ["/usr/bin/apertium-apy", "/usr/local/bin/apertium-apy"];
    private Process? process;

    public Uri? Url { get; private set; }
    public string? Unavailable { get; private set; }

    public async Task InitializeAsync()
    {
        var given = Environment.GetEnvironmentVariable("SIGNPOST_APY_URL");
        if (!string.IsNullOrWhiteSpace(given))
        {
            Url = new Uri(given.TrimEnd('/') + "/");
            if (!await AnswersAsync(Url, TimeSpan.FromSeconds(20))) (Url, Unavailable) = (null, $"SIGNPOST_APY_URL={given} does not answer /listPairs");
            return;
        }
        const string modes = "/usr/share/apertium/modes";
        var apy = ApyPaths.FirstOrDefault(File.Exists);
        if (apy is null || !File.Exists(Path.Combine(modes, "eng-spa.mode")))
        {
            Unavailable = "apertium-apy or apertium-eng-spa is not installed (./test installs them with apt)";
            return;
        }
        var port = FakeHttpServer.FreePort();
        process = Process.Start(new ProcessStartInfo(apy, ["-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture), modes])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        });
        process!.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        Url = new Uri($"http://127.0.0.1:{port}/");
        if (!await AnswersAsync(Url, TimeSpan.FromSeconds(60))) (Url, Unavailable) = (null, $"apertium-apy did not answer on port {port} within 60 s");
    }

    public Task DisposeAsync()
    {
        if (process is { HasExited: false }) process.Kill(entireProcessTree: true);
        process?.Dispose();
        return Task.CompletedTask;
    }

    private static async Task<bool> AnswersAsync(Uri url, TimeSpan within)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var until = DateTime.UtcNow + within;
        while (DateTime.UtcNow < until)
        {
            try
            {
                if ((await http.GetAsync(new Uri(url, "listPairs"))).IsSuccessStatusCode) return true;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // not up yet
            }
            await Task.Delay(500);
        }
        return false;
    }
}
