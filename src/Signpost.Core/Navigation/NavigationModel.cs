using Microsoft.EntityFrameworkCore;
using Signpost.Core.Navigation.Capacity;
using Signpost.Core.Navigation.Feedback;
using Signpost.Core.Navigation.Outbox;
using Signpost.Core.Navigation.Requests;

namespace Signpost.Core.Navigation;

/// <summary>The navigation tables (Data/Migrations/0300_navigation.sql) in the one SignpostDb.</summary>
public static class NavigationModel
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        var request = modelBuilder.Entity<NavigationRequest>();
        request.ToTable("navigation_requests");
        request.Property(r => r.Answers).HasColumnType("jsonb");
        request.Property(r => r.AgeYears).HasColumnType("numeric(5,2)");
        request.Property(r => r.UrgencyRank).HasComputedColumnSql("urgency_rank", stored: true);
        request.Ignore(r => r.CurrentUrgency).Ignore(r => r.CurrentDestination).Ignore(r => r.CurrentRole)
            .Ignore(r => r.CurrentPathway).Ignore(r => r.CurrentModality);
        modelBuilder.Entity<AccessEvent>().ToTable("navigation_access_events");
        modelBuilder.Entity<PracticeNavigationSettings>().ToTable("practice_navigation_settings").HasKey(s => s.PracticeOdsCode);
        modelBuilder.Entity<OutboxMessage>().ToTable("notification_outbox").Ignore(m => m.Template);
        modelBuilder.Entity<DevSentNotification>().ToTable("dev_sent_notifications");
        modelBuilder.Entity<FeedbackToken>().ToTable("feedback_tokens").HasKey(t => t.TokenHash);
        modelBuilder.Entity<FirstContactFeedback>().ToTable("first_contact_feedback");
    }
}
