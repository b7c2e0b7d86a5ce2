using Npgsql;

namespace Signpost.Core.Booking;

/// <summary>Typed parameters for raw Npgsql commands (a null is sent as SQL null of the right type).</summary>
internal static class SqlParameters
{
    public static NpgsqlCommand With<T>(this NpgsqlCommand command, string name, T value)
    {
        command.Parameters.Add(new NpgsqlParameter<T>(name, value));
        return command;
    }

    public static NpgsqlBatchCommand With<T>(this NpgsqlBatchCommand command, string name, T value)
    {
        command.Parameters.Add(new NpgsqlParameter<T>(name, value));
        return command;
    }

    public static T? Get<T>(this NpgsqlDataReader reader, string column)
    {
        var ordinal = reader.GetOrdinal(column);
        return reader.IsDBNull(ordinal) ? default : reader.GetFieldValue<T>(ordinal);
    }
}
