using System.CommandLine;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Signpost.Core.Data;
using Signpost.Core.Languages;
using Signpost.Core.Translation;
using Signpost.Core.Translation.Machine;
using Spectre.Console;

namespace Signpost.Cli.Commands;

/// <summary><c>./signpost translate --to es [--provider apertium --provider-url URL] [--json]</c></summary>
public static class TranslateCommand
{
    public static Command Create()
    {
        var to = new Option<string>("--to") { Description = "The language to translate into (a code from GET /api/languages, e.g. es).", Required = true };
        var provider = new Option<string?>("--provider") { Description = "libretranslate or apertium (default: Signpost:MachineTranslation:Provider)." };
        var url = new Option<string?>("--provider-url") { Description = "The server's address (default: Signpost:MachineTranslation:Url)." };
        var json = new Option<bool>("--json") { Description = "Print only {\"translated\": N, \"rejected\": M, \"skipped\": K}." };
        var command = new Command("translate", "Machine-translate every unit with no current translation in a language (stored as machine, never shown as checked).") { to, provider, url, json };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var target = LanguageCatalogue.Default.Find(parse.GetValue(to));
            if (target is null || target.Code == LanguageCatalogue.EnglishCode) return Fail($"“{parse.GetValue(to)}” is not a language Signpost translates into. Use a code from GET /api/languages other than en, like es or ur.");
            using var services = CliServices.Build();
            var options = services.GetRequiredService<IConfiguration>().GetSection(MachineTranslationOptions.Section).Get<MachineTranslationOptions>() ?? new MachineTranslationOptions();
            options.Provider = parse.GetValue(provider) ?? options.Provider;
            options.Url = parse.GetValue(url) ?? options.Url ?? DefaultUrl(options.Provider);
            if (string.IsNullOrWhiteSpace(options.Provider)) return Fail("Choose a translation server with --provider libretranslate or --provider apertium.");
            using var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
            IMachineTranslator translator;
            try
            {
                translator = MachineTranslators.Create(options, http)!;
            }
            catch (TranslationException e)
            {
                return Fail(e.Message);
            }
            await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
            using var scope = services.CreateScope();
            await scope.ServiceProvider.GetRequiredService<ShippedCatalogueLoader>().LoadAsync(cancellationToken);
            if (await SupportsAsync(translator, target, options.Url!, cancellationToken) is { } problem) return Fail(problem, CliRunner.Failed);
            var run = scope.ServiceProvider.GetRequiredService<MachineTranslationRun>();
            var report = parse.GetValue(json)
                ? await run.RunAsync(target, translator, options.BatchSize, null, null, cancellationToken)
                : await RunWithProgressAsync(run, target, translator, options.BatchSize, cancellationToken);
            Print(report, parse.GetValue(json), target);
            return report.Skipped > 0 && report.Translated == 0 ? CliRunner.Failed : 0;
        });
        return command;
    }

    private static string? DefaultUrl(string? provider) => provider?.ToLowerInvariant() switch
    {
        MachineTranslationOptions.Apertium => "http://127.0.0.1:2737",
        MachineTranslationOptions.LibreTranslate => "http://127.0.0.1:5000",
        _ => null,
    };

    private static async Task<string?> SupportsAsync(IMachineTranslator translator, Language target, string url, CancellationToken cancellationToken)
    {
        try
        {
            return await translator.SupportsAsync(LanguageCatalogue.Default.English, target, cancellationToken) ? null
                : $"The {translator.Name} server at {url} cannot translate English into {target.EnglishName}.";
        }
        catch (Exception e) when (e is HttpRequestException or MachineTranslationException or Polly.CircuitBreaker.BrokenCircuitException or Polly.Timeout.TimeoutRejectedException or JsonException)
        {
            return $"Cannot reach the {translator.Name} server at {url}: {e.Message}";
        }
    }

    private static async Task<MachineTranslationReport> RunWithProgressAsync(MachineTranslationRun run, Language target, IMachineTranslator translator, int batchSize, CancellationToken cancellationToken)
    {
        MachineTranslationReport? report = null;
        await AnsiConsole.Progress().AutoClear(false).StartAsync(async context =>
        {
            var task = context.AddTask(Markup.Escape($"English → {target.EnglishName} ({translator.Name})"));
            var progress = new Progress<(int Done, int Total)>(p => (task.MaxValue, task.Value) = (Math.Max(1, p.Total), p.Done));
            report = await run.RunAsync(target, translator, batchSize, progress, null, cancellationToken);
            task.Value = task.MaxValue;
        });
        return report!;
    }

    private static void Print(MachineTranslationReport report, bool json, Language target)
    {
        if (json)
        {
            Console.WriteLine(JsonSerializer.Serialize(new { translated = report.Translated, rejected = report.Rejected, skipped = report.Skipped }));
            return;
        }
        Console.WriteLine($"{target.EnglishName}: {report.Translated} translated (machine, not yet checked), {report.Rejected} rejected, {report.Skipped} skipped.");
        foreach (var rejection in report.Rejections) Console.WriteLine($"Rejected {rejection}");
        if (report.LastError is not null) Console.WriteLine($"Skipped because the server failed: {report.LastError}");
    }

    private static int Fail(string message, int code = CliRunner.BadInput)
    {
        CliRunner.WriteError(message);
        return code;
    }
}
