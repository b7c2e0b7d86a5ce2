using Npgsql;
using Signpost.Core.Data;

namespace Signpost.Core.Tests.Data;

public class ConnectionPoolDefaultsTests
{
    private static NpgsqlConnectionStringBuilder Applied(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        ConnectionPoolDefaults.Apply(builder, connectionString);
        return builder;
    }

    [Fact]
    public void Apply_NothingSaid_SmallPoolWithoutReset()
    {
        var builder = Applied("Host=127.0.0.1;Database=signpost");

        Assert.Equal((ConnectionPoolDefaults.MaxConnections, true), (builder.MaxPoolSize, builder.NoResetOnClose));
        Assert.InRange(ConnectionPoolDefaults.MaxConnections, 8, 4 * Environment.ProcessorCount + 8);
    }

    [Theory]
    [InlineData("Host=h;Maximum Pool Size=50;No Reset On Close=false")]
    [InlineData("Host=h;maxpoolsize=50;NoResetOnClose=false")]
    [InlineData("Host=h;maximum pool size=50;noresetonclose=False")]
    public void Apply_ConnectionStringSaysOtherwise_ItWins(string connectionString)
    {
        var builder = Applied(connectionString);

        Assert.Equal((50, false), (builder.MaxPoolSize, builder.NoResetOnClose));
    }
}
