using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;
using Signpost.Core.Languages;

namespace Signpost.Core.Translation.Machine;

/// <summary>
/// Wraps a translator with a timeout per attempt, retries with back-off for transient failures and a circuit
/// breaker that stops calling a failing server for a while (calls then fail at once with BrokenCircuitException).
/// </summary>
public sealed class ResilientTranslator : IMachineTranslator
{
    private readonly IMachineTranslator inner;
    private readonly ResiliencePipeline pipeline;

    public ResilientTranslator(IMachineTranslator inner, MachineTranslationOptions options, TimeProvider? clock = null)
    {
        this.inner = inner;
        var transient = new PredicateBuilder()
            .Handle<HttpRequestException>()
            .Handle<TimeoutRejectedException>()
            .Handle<MachineTranslationException>(e => e.Transient);
        var builder = new ResiliencePipelineBuilder { TimeProvider = clock ?? TimeProvider.System };
        if (options.Retries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions { ShouldHandle = transient, MaxRetryAttempts = options.Retries, Delay = TimeSpan.FromMilliseconds(500), BackoffType = DelayBackoffType.Exponential, UseJitter = true });
        }
        pipeline = builder
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                ShouldHandle = transient,
                FailureRatio = 1.0,
                MinimumThroughput = Math.Max(2, options.CircuitMinimumCalls),
                SamplingDuration = TimeSpan.FromMinutes(1),
                BreakDuration = TimeSpan.FromSeconds(Math.Max(1, options.BreakSeconds)),
            })
            .AddTimeout(TimeSpan.FromSeconds(Math.Max(1, options.TimeoutSeconds)))
            .Build();
    }

    public string Name => inner.Name;

    public async Task<bool> SupportsAsync(Language source, Language target, CancellationToken cancellationToken) =>
        await pipeline.ExecuteAsync(async token => await inner.SupportsAsync(source, target, token), cancellationToken);

    public async Task<IReadOnlyList<string>> TranslateAsync(IReadOnlyList<string> texts, Language source, Language target, CancellationToken cancellationToken) =>
        await pipeline.ExecuteAsync(async token => await inner.TranslateAsync(texts, source, target, token), cancellationToken);
}
