using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Signpost.Core.Navigation.Outbox;
using Signpost.TestCommon;

namespace Signpost.Core.Tests.Navigation.Outbox;

public class NotificationSenderServicesTests
{
    [Fact]
    public void AddNotificationSender_NotifyConfigured_BothOutboxesGetTheNotifySender()
    {
        using var services = Build(NotifyTestSettings.For(new Uri("http://127.0.0.1:9/")));

        Assert.IsType<GovUkNotifySender>(services.GetRequiredService<INotificationSender>());
        Assert.Equal("govuk-notify", services.GetRequiredService<INotificationSender>().Name);
    }

    [Fact]
    public void AddNotificationSender_NothingConfigured_DevelopmentSender()
    {
        using var services = Build(new Dictionary<string, string?>());

        Assert.Equal("development", services.GetRequiredService<INotificationSender>().Name);
    }

    [Theory]
    [InlineData("Signpost:Notifications:ApiKey", "not-a-key", "Signpost:Notifications:ApiKey")]
    [InlineData("Signpost:Notifications:Sender", "carrier-pigeon", "must be development or govuk-notify")]
    public void AddNotificationSender_BadSettings_StartUpStopsWithAClearMessage(string key, string value, string expected)
    {
        var settings = NotifyTestSettings.For(new Uri("http://127.0.0.1:9/"));
        settings[key] = value;

        var error = Assert.Throws<InvalidOperationException>(() => Build(settings));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(NotifyTestSettings.Secret, error.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(Npgsql.NpgsqlDataSource.Create("Host=127.0.0.1;Database=unused"));
        services.AddNotificationSender(configuration);
        services.AddNotificationSender(configuration);
        return services.BuildServiceProvider();
    }
}
