using System.Diagnostics;

namespace Carafe.Cluster.Tests.Support;

/// <summary>
/// The bookkeeping of a bounded load run: what was attempted, served and acknowledged, the
/// errors with when they happened relative to the kill, and the gate that holds the clients
/// until the killed instance is back.
/// </summary>
internal sealed class LoadRun(int planned)
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly TaskCompletionSource _restarted = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<string> _posts = [];
    private readonly List<LoadError> _errors = [];
    private int _attempted;
    private int _done;
    private int _served;
    private int _resets;
    private TimeSpan _killIssued = TimeSpan.MaxValue;
    private TimeSpan _restartDone = TimeSpan.MaxValue;

    /// <summary>How many operations the clients will attempt in all.</summary>
    public int Planned { get; } = planned;

    public int Attempted => Volatile.Read(ref _attempted);

    public int Served => Volatile.Read(ref _served);

    public int AcknowledgedResets => Volatile.Read(ref _resets);

    public int DoneAtKill { get; private set; }

    public int DoneAtRestart { get; private set; }

    /// <summary>How long nginx's access log was when the instance was back: the lines after are the load on three instances again.</summary>
    public int AccessLogLinesAtRestart { get; private set; }

    /// <summary>Completes when the killed instance answers /healthz again.</summary>
    public Task Restarted => _restarted.Task;

    public IReadOnlyList<string> AcknowledgedPosts
    {
        get
        {
            lock (_posts)
            {
                return _posts.ToList();
            }
        }
    }

    public IReadOnlyList<LoadError> Errors
    {
        get
        {
            lock (_errors)
            {
                return _errors.ToList();
            }
        }
    }

    /// <summary>Runs one operation of a client, recording it; answers whether it was acknowledged.</summary>
    public async Task<bool> RecordAsync(string client, string operation, Task<Outcome> sending)
    {
        Interlocked.Increment(ref _attempted);
        var start = _clock.Elapsed;
        var outcome = await sending;
        var end = _clock.Elapsed;
        if (outcome.Acknowledged)
        {
            Interlocked.Increment(ref _served);
        }
        else
        {
            lock (_errors)
            {
                // During the outage: sent before the instance was back, answered after the kill was issued. A request
                // sent just after the kill can still fail: nginx may write a POST to a pooled connection to the dead
                // instance, and does not pass a POST it has sent on to another instance.
                _errors.Add(new LoadError(client, operation, outcome.Error, start < _restartDone && end > _killIssued));
            }
        }
        Interlocked.Increment(ref _done);
        return outcome.Acknowledged;
    }

    public void AcknowledgePost(string title)
    {
        lock (_posts)
        {
            _posts.Add(title);
        }
    }

    public void AcknowledgeReset() => Interlocked.Increment(ref _resets);

    /// <summary>Waits until <paramref name="count"/> operations are done, or the clients stopped (<paramref name="loading"/> ended by an exception).</summary>
    public async Task WaitForDoneAsync(int count, Task loading)
    {
        while (Volatile.Read(ref _done) < count && !loading.IsCompleted)
        {
            await Task.Delay(5);
        }
    }

    public void KillIssued()
    {
        DoneAtKill = Volatile.Read(ref _done);
        lock (_errors)
        {
            _killIssued = _clock.Elapsed;
        }
    }

    /// <summary>Opens the gate: the instance is back, or the fault could not be made.</summary>
    public void RestartDone(int accessLogLines)
    {
        DoneAtRestart = Volatile.Read(ref _done);
        lock (_errors)
        {
            _restartDone = _clock.Elapsed;
        }
        AccessLogLinesAtRestart = accessLogLines;
        _restarted.TrySetResult();
    }
}

/// <summary>An operation a client saw fail, and whether it overlapped the outage (from the kill until the instance was back).</summary>
internal sealed record LoadError(string Client, string Operation, string Error, bool DuringOutage)
{
    public override string ToString() => $"{Client} {Operation}: {Error}{(DuringOutage ? " (during the outage)" : "")}";
}
