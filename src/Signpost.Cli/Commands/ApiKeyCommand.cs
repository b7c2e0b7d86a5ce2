using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Signpost.Core.ApiKeys;
using Signpost.Core.Audit;
using Signpost.Core.Data;

namespace Signpost.Cli.Commands;

public static class ApiKeyCommand
{
    public static Command Create()
    {
        var command = new Command("apikey", "API keys for machine clients (the FHIR booking API at /api/fhir).");
        command.Subcommands.Add(CreateCreate());
        command.Subcommands.Add(CreateList());
        command.Subcommands.Add(CreateRevoke());
        return command;
    }

    private static Command CreateCreate()
    {
        var name = new Option<string>("--name") { Description = "A name for the client, like gp-connect-test.", Required = true };
        var scopes = new Option<string[]>("--scope") { Description = $"What the key may use ({string.Join(", ", ApiKeyScopes.All)}); repeat for several.", Required = true };
        var command = new Command("create", "Create a key. It is printed once, on the last line; only its hash is stored.") { name, scopes };
        command.SetAction((parse, cancellationToken) => RunAsync(async store =>
        {
            var (key, plain) = await store.CreateAsync(parse.GetValue(name)!, parse.GetValue(scopes)!, AuditActor.CommandLine, cancellationToken);
            Console.WriteLine($"Created API key {key.Name} (scopes: {string.Join(", ", key.Scopes)}). Send it as 'Authorization: Bearer KEY'.");
            Console.WriteLine("Keep it now: it is not stored and cannot be shown again.");
            Console.WriteLine(plain);
        }, cancellationToken));
        return command;
    }

    private static Command CreateList()
    {
        var command = new Command("list", "List keys (names, scopes, state; never the keys).");
        command.SetAction((_, cancellationToken) => RunAsync(async store =>
        {
            Console.WriteLine("name\tscopes\tstarts with\tcreated\tstate");
            foreach (var k in await store.ListAsync(cancellationToken))
            {
                Console.WriteLine($"{k.Name}\t{string.Join(",", k.Scopes)}\t{k.KeyPrefix}…\t{k.CreatedAt:yyyy-MM-dd}\t{(k.RevokedAt is null ? "active" : "revoked")}");
            }
        }, cancellationToken));
        return command;
    }

    private static Command CreateRevoke()
    {
        var name = new Option<string>("--name") { Description = "The key's name.", Required = true };
        var command = new Command("revoke", "Revoke a key; clients using it are refused within 30 seconds.") { name };
        command.SetAction((parse, cancellationToken) => RunAsync(async store =>
        {
            await store.RevokeAsync(parse.GetValue(name)!, AuditActor.CommandLine, cancellationToken);
            Console.WriteLine($"Revoked {parse.GetValue(name)!.Trim()}.");
        }, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(Func<ApiKeyStore, Task> action, CancellationToken cancellationToken)
    {
        using var services = CliServices.Build();
        await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
        using var scope = services.CreateScope();
        try
        {
            await action(ActivatorUtilities.CreateInstance<ApiKeyStore>(scope.ServiceProvider));
            return 0;
        }
        catch (ApiKeyException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return CliRunner.BadInput;
        }
    }
}
