using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Signpost.Core.Accounts;
using Signpost.Core.Audit;
using Signpost.Core.Data;
using Spectre.Console;

namespace Signpost.Cli.Commands;

public static class UsersCommand
{
    public static Command Create()
    {
        var users = new Command("users", "Manage staff accounts.");
        users.Subcommands.Add(CreateAdd());
        users.Subcommands.Add(CreateList());
        users.Subcommands.Add(CreateDisable());
        return users;
    }

    private static Command CreateAdd()
    {
        var email = new Option<string>("--email") { Description = "The person's work e-mail address.", Required = true };
        var roles = new Option<string[]>("--role")
        {
            Description = $"A role ({string.Join(", ", StaffRoles.All)}); repeat for several.",
            Required = true,
            AllowMultipleArgumentsPerToken = true,
        };
        var name = new Option<string?>("--name") { Description = "The name shown in Signpost (default: the e-mail address)." };
        var command = new Command("add", "Add a staff account. The password is read from standard input.") { email, roles, name };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var password = ReadPassword();
            using var services = CliServices.Build();
            await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
            using var scope = services.CreateScope();
            var roleList = parse.GetValue(roles)!.SelectMany(r => r.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
            var user = await scope.ServiceProvider.GetRequiredService<StaffAccounts>().AddUserAsync(
                new AddStaffUserOptions(parse.GetValue(email)!, parse.GetValue(name) ?? "", password, roleList), AuditActor.CommandLine, cancellationToken);
            Console.WriteLine($"Added {user.Email} ({string.Join(", ", user.Roles)}).");
            return 0;
        });
        return command;
    }

    private static Command CreateList()
    {
        var command = new Command("list", "List staff accounts.");
        command.SetAction(async (_, cancellationToken) =>
        {
            using var services = CliServices.Build();
            using var scope = services.CreateScope();
            var list = await scope.ServiceProvider.GetRequiredService<StaffAccounts>().ListUsersAsync(cancellationToken);
            // Plain lines (not a drawn table) so that long addresses are never cut and the output can be piped.
            Console.WriteLine("email\tstatus\troles\tname\tlast signed in");
            foreach (var u in list)
            {
                var status = u.Disabled ? "disabled" : u.LockedUntil > DateTimeOffset.UtcNow ? "locked" : "active";
                Console.WriteLine($"{u.Email}\t{status}\t{string.Join(",", u.Roles)}\t{u.DisplayName}\t{u.LastSignInAt?.ToString("u", System.Globalization.CultureInfo.InvariantCulture) ?? "never"}");
            }
            return 0;
        });
        return command;
    }

    private static Command CreateDisable()
    {
        var email = new Option<string>("--email") { Description = "The account's e-mail address.", Required = true };
        var command = new Command("disable", "Disable a staff account so it can no longer sign in.") { email };
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var services = CliServices.Build();
            using var scope = services.CreateScope();
            await scope.ServiceProvider.GetRequiredService<StaffAccounts>().DisableUserAsync(parse.GetValue(email)!, AuditActor.CommandLine, cancellationToken);
            Console.WriteLine($"Disabled {StaffAccounts.NormaliseEmail(parse.GetValue(email)!)}.");
            return 0;
        });
        return command;
    }

    private static string ReadPassword()
    {
        if (!Console.IsInputRedirected)
        {
            return AnsiConsole.Prompt(new TextPrompt<string>("Password:").Secret());
        }
        var line = Console.In.ReadLine();
        if (string.IsNullOrEmpty(line)) throw new StaffAccountException("Give the password on standard input, for example: echo 'a long password' | ./signpost users add …");
        return line;
    }
}
