namespace Signpost.Web.Infrastructure;

/// <summary>The <c>Signpost</c> section of configuration (appsettings.json, <c>Signpost__…</c> variables, command line).</summary>
public class SignpostOptions
{
    public const string Section = "Signpost";

    /// <summary>Demo mode: the documented demo sign-ins work. Only ever on a loopback address.</summary>
    public bool Demo { get; set; }

    /// <summary>Apply missing migrations before serving (default). Off only where a deployment migrates separately.</summary>
    public bool MigrateOnStart { get; set; } = true;

    public RateLimitOptions RateLimits { get; set; } = new();
}

public class RateLimitOptions
{
    public int SignInPerMinute { get; set; } = 10;
    public int PublicPostsPerMinute { get; set; } = 30;
}
