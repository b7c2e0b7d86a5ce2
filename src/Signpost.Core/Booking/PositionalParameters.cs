using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Npgsql;

namespace Signpost.Core.Booking;

/// <summary>
/// Turns a hot statement written with named parameters (<c>@slot</c>) into PostgreSQL's positional ones (<c>$1</c>)
/// with its parameters in that order, once per distinct text. Npgsql sends positional statements as they are; with
/// named parameters it parses the whole text on every execution, which was 4–6 % of the app's CPU in the 8 a.m.
/// rush (the booking statement is about 3,500 characters).
/// </summary>
internal static partial class PositionalParameters
{
    private static readonly ConcurrentDictionary<string, (string Sql, string[] Names)> Converted = new(StringComparer.Ordinal);

    public static NpgsqlCommand Positional(this NpgsqlCommand command)
    {
        command.CommandText = Reorder(command.CommandText, command.Parameters);
        return command;
    }

    public static NpgsqlBatchCommand Positional(this NpgsqlBatchCommand command)
    {
        command.CommandText = Reorder(command.CommandText, command.Parameters);
        return command;
    }

    private static string Reorder(string sql, NpgsqlParameterCollection parameters)
    {
        var (text, names) = Converted.GetOrAdd(sql, Convert);
        var ordered = new NpgsqlParameter[names.Length];
        for (var i = 0; i < names.Length; i++)
        {
            ordered[i] = parameters[names[i]];
        }
        parameters.Clear();
        foreach (var parameter in ordered)
        {
            parameter.ParameterName = "";
            parameters.Add(parameter);
        }
        return text;
    }

    private static (string, string[]) Convert(string sql)
    {
        var names = new List<string>();
        var text = Name().Replace(sql, m =>
        {
            var index = names.IndexOf(m.Groups[1].Value);
            if (index < 0)
            {
                names.Add(m.Groups[1].Value);
                index = names.Count - 1;
            }
            return "$" + (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        });
        return (text, [.. names]);
    }

    [GeneratedRegex("@([A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex Name();
}
