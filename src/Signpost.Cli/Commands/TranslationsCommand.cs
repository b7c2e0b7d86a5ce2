using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Signpost.Core.Audit;
using Signpost.Core.Data;
using Signpost.Core.Languages;
using Signpost.Core.Translation;
using Signpost.Core.Translation.Exchange;

namespace Signpost.Cli.Commands;

/// <summary><c>./signpost translations export|import --lang ur --format xliff|po</c></summary>
public static class TranslationsCommand
{
    public static Command Create()
    {
        var command = new Command("translations", "Exchange translations with human translation tools (XLIFF 1.2 or gettext PO).");
        command.Subcommands.Add(CreateExport());
        command.Subcommands.Add(CreateImport());
        command.Subcommands.Add(GlossaryCommand.Create());
        return command;
    }

    private static Command CreateExport()
    {
        var (lang, format) = (LanguageOption(), FormatOption());
        var output = new Option<string?>("--output", "-o") { Description = "The file to write (default: standard output)." };
        var prefix = new Option<string?>("--key-prefix") { Description = "Only units whose key starts with this, e.g. directory:" };
        var command = new Command("export", "Write every unit with the language's translation and state.") { lang, format, output, prefix };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (Validate(parse.GetValue(lang), parse.GetValue(format)) is not var (language, exchangeFormat)) return CliRunner.BadInput;
            using var services = CliServices.Build();
            await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
            using var scope = services.CreateScope();
            await scope.ServiceProvider.GetRequiredService<ShippedCatalogueLoader>().LoadAsync(cancellationToken);
            var path = parse.GetValue(output);
            await using var writer = path is null ? Console.Out : new StreamWriter(path, false, new System.Text.UTF8Encoding(false));
            await scope.ServiceProvider.GetRequiredService<TranslationExchange>().ExportAsync(language.Code, exchangeFormat, writer, parse.GetValue(prefix), cancellationToken);
            return 0;
        });
        return command;
    }

    private static Command CreateImport()
    {
        var (lang, format) = (LanguageOption(), FormatOption());
        var file = new Argument<string>("file") { Description = "The XLIFF or PO file a translation tool wrote." };
        var command = new Command("import", "Read translations back; all or nothing: any problem stops the whole file.") { lang, format, file };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (Validate(parse.GetValue(lang), parse.GetValue(format)) is not var (language, exchangeFormat)) return CliRunner.BadInput;
            var path = parse.GetValue(file)!;
            if (!File.Exists(path)) return Fail($"There is no file {path}.");
            using var services = CliServices.Build();
            await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
            using var scope = services.CreateScope();
            using var reader = new StreamReader(path);
            ImportReport report;
            try
            {
                report = await scope.ServiceProvider.GetRequiredService<TranslationExchange>().ImportAsync(language.Code, exchangeFormat, reader, Path.GetFileName(path), AuditActor.CommandLine, cancellationToken);
            }
            catch (TranslationException e)
            {
                return Fail($"Nothing was imported. {e.Message}");
            }
            if (report.Problems.Count > 0) return Fail("Nothing was imported. Fix these entries (or remove them) and import again:\n" + string.Join("\n", report.Problems));
            Console.WriteLine($"{language.EnglishName}: {report.Updated} translations updated, {report.Unchanged} unchanged.");
            return 0;
        });
        return command;
    }

    internal static Option<string> LanguageOption() => new("--lang") { Description = "The language code, e.g. ur.", Required = true };

    private static Option<string> FormatOption() => new("--format") { Description = "xliff or po.", DefaultValueFactory = _ => "xliff" };

    private static (Language, ExchangeFormat)? Validate(string? code, string? format)
    {
        var language = LanguageCatalogue.Default.Find(code);
        if (language is null || language.Code == LanguageCatalogue.EnglishCode)
        {
            Fail($"“{code}” is not a language Signpost translates into. Use a code from GET /api/languages other than en.");
            return null;
        }
        ExchangeFormat? parsed = format?.ToLowerInvariant() switch { "po" => ExchangeFormat.Po, "xliff" or "xlf" => ExchangeFormat.Xliff, _ => null };
        if (parsed is null)
        {
            Fail($"“{format}” is not a format: use xliff or po.");
            return null;
        }
        return (language, parsed.Value);
    }

    internal static int Fail(string message)
    {
        CliRunner.WriteError(message);
        return CliRunner.BadInput;
    }
}
