using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Signpost.Core.Audit;
using Signpost.Core.Data;
using Signpost.Core.Languages;
using Signpost.Core.Translation;

namespace Signpost.Cli.Commands;

/// <summary><c>./signpost translations glossary add --lang pl --term "GP practice" [--rendering "przychodnia"]</c></summary>
public static class GlossaryCommand
{
    public static Command Create()
    {
        var lang = TranslationsCommand.LanguageOption();
        var term = new Option<string>("--term") { Description = "The English term.", Required = true };
        var rendering = new Option<string?>("--rendering") { Description = "The required translation; leave out for \"do not translate\"." };
        var note = new Option<string?>("--note") { Description = "A hint for translators." };
        var add = new Command("add", "Add or replace a glossary term for a language.") { lang, term, rendering, note };
        add.SetAction(async (parse, cancellationToken) =>
        {
            var language = LanguageCatalogue.Default.Find(parse.GetValue(lang));
            var english = parse.GetValue(term)?.Trim() ?? "";
            var required = parse.GetValue(rendering)?.Trim();
            if (language is null || language.Code == LanguageCatalogue.EnglishCode) return TranslationsCommand.Fail($"“{parse.GetValue(lang)}” is not a language Signpost translates into.");
            if (english.Length is 0 or > GlossaryTerm.MaxLength || required is { Length: 0 or > GlossaryTerm.MaxLength }) return TranslationsCommand.Fail($"A term and its rendering must be 1 to {GlossaryTerm.MaxLength} characters.");
            using var services = CliServices.Build();
            await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
            using var scope = services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<SignpostDb>();
            var existing = await db.GlossaryTerms.Where(g => g.Language == language.Code).ToListAsync(cancellationToken);
            db.GlossaryTerms.RemoveRange(existing.Where(g => string.Equals(g.SourceTerm, english, StringComparison.OrdinalIgnoreCase)));
            db.GlossaryTerms.Add(new GlossaryTerm { Language = language.Code, SourceTerm = english, Rendering = required, Note = parse.GetValue(note), CreatedAt = services.GetRequiredService<TimeProvider>().GetUtcNow() });
            scope.ServiceProvider.GetRequiredService<AuditLog>().Record(AuditActor.CommandLine, "glossary.term-set", "glossary_term", $"{language.Code}:{english}", new { rendering = required });
            await db.SaveChangesAsync(cancellationToken);
            Console.WriteLine(required is null ? $"{language.EnglishName}: “{english}” is never translated." : $"{language.EnglishName}: “{english}” must be translated as “{required}”.");
            return 0;
        });
        var glossary = new Command("glossary", "Manage a language's glossary (required renderings and do-not-translate terms).");
        glossary.Subcommands.Add(add);
        return glossary;
    }
}
