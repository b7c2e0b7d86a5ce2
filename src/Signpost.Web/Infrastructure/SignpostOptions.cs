namespace Signpost.Web.Infrastructure;

/// <summary>The <c>Signpost</c> section of configuration (appsettings.json, <c>Signpost__…</c> variables, command line).</summary>
public class SignpostOptions
{
    public const string Section = "Signpost";

    /// <summary>Demo mode: the documented demo sign-ins work. Only ever on a loopback address.</summary>
    public bool Demo { get; set; }

    public RateLimitOptions RateLimits { get; set; } = new();
}

public class RateLimitOptions
{
    public int SignInPerMinute { get; set; } = 10;
    public int PublicPostsPerMinute { get; set; } = 30;
}
