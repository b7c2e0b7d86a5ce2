using System.CommandLine;
using Signpost.Cli;
using Signpost.Cli.Commands;

var root = new RootCommand("Signpost: the command-line tool for imports, reports, translation, users, API keys and benchmarks.")
{
    MigrateCommand.Create(),
    ImportCommand.Create(),
    UsersCommand.Create(),
    DemoCommand.Create(),
    TranslateCommand.Create(),
    TranslationsCommand.Create(),
    NavigationCommand.Create(),
    DirectoryCommand.Create(),
    ApiKeyCommand.Create(),
    ReportCommand.Create(),
    BenchCommand.Create(),
};
return await CliRunner.InvokeAsync(root, args);
