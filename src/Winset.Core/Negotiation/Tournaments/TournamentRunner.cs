using System.Collections.Concurrent;
using System.Globalization;
using Winset.Negotiation.Agents;

namespace Winset.Negotiation.Tournaments;

/// <summary>
/// Runs the sessions of a <see cref="TournamentPlan"/> in parallel and hands the finished ones, in batches, to a sink
/// (a store, or a list).
/// </summary>
/// <remarks>
/// <para><b>Workers.</b> <see cref="TournamentPlan.Jobs"/> threads each take the next pending session and run it
/// alone, with their own trace, their own agents' per-session states and their own session options: they share only
/// the immutable plan (prepared scenarios, agent definitions) and a counter. A session's result depends only on its
/// inputs and seed, never on the worker or the order, so any schedule gives the same records.</para>
/// <para><b>Batches.</b> The calling thread collects finished sessions and calls the sink with every
/// <see cref="TournamentPlan.BatchSize"/> of them (and with the rest at the end), in completion order; it also reports
/// progress. If the process dies, at most the batches not yet handed over are lost.</para>
/// <para><b>Faults.</b> An agent that throws ends its session as <see cref="SessionEnd.Error"/> (the engine catches
/// around every agent call). An agent that overruns <see cref="TournamentPlan.SessionTimeout"/> does too: a watchdog
/// timer (four ticks per budget, at most 100 ms apart) marks the worker's session expired, and every agent part is
/// wrapped so that its next call returns into a <see cref="TimeoutException"/>, which the engine records against the
/// agent whose call it was. The watchdog never changes the session's normalised time, so sessions within their budget
/// stay deterministic. A .NET thread cannot be stopped from outside: an agent call that never returns holds its worker
/// for good, and the tournament then waits for it.</para>
/// <para><b>Cancellation.</b> When the token is cancelled, workers start no new session, the sessions in progress
/// finish, the sink receives what is finished, and <see cref="OperationCanceledException"/> is thrown.</para>
/// </remarks>
public static class TournamentRunner
{
    /// <summary>Runs every session of the plan and returns the records in plan order.</summary>
    public static IReadOnlyList<SessionRecord> RunAll(TournamentPlan plan, CancellationToken cancellationToken = default)
    {
        var records = new List<SessionRecord>(plan.Sessions.Length);
        Run(plan, null, records.AddRange, null, cancellationToken);
        records.Sort((a, b) => a.Session.Index.CompareTo(b.Session.Index));
        return records;
    }

    /// <summary>Runs the sessions of the plan not yet done.</summary>
    /// <param name="plan">The tournament.</param>
    /// <param name="done">Indices of sessions already done (skipped); null for none.</param>
    /// <param name="commit">Receives each batch of finished sessions, on the calling thread.</param>
    /// <param name="progress">Called on the calling thread with the number of sessions finished in this run so far.</param>
    /// <param name="cancellationToken">Stops starting new sessions.</param>
    /// <returns>The number of sessions run.</returns>
    /// <exception cref="OperationCanceledException">The token was cancelled (finished sessions were committed).</exception>
    public static int Run(
        TournamentPlan plan,
        IReadOnlySet<int>? done,
        Action<IReadOnlyList<SessionRecord>> commit,
        Action<int>? progress,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(commit);
        int[] pending = plan.Sessions.Where(s => done is null || !done.Contains(s.Index)).Select(s => s.Index).ToArray();
        if (pending.Length == 0)
        {
            return 0;
        }

        int jobs = Math.Min(plan.Jobs, pending.Length);
        // Workers run at most two batches ahead of the sink, so little finished work waits uncommitted.
        var queue = new BlockingCollection<SessionRecord>(boundedCapacity: Math.Max(2 * plan.BatchSize, 2 * jobs));
        var watches = new SessionWatch[jobs];
        var workers = new Thread[jobs];
        int next = -1;
        int running = jobs;
        Exception? failure = null;
        for (int w = 0; w < jobs; w++)
        {
            var watch = new SessionWatch(plan.SessionTimeout);
            watches[w] = watch;
            workers[w] = new Thread(() =>
            {
                try
                {
                    Work(plan, pending, ref next, watch, queue, cancellationToken);
                }
                catch (Exception e)
                {
                    Interlocked.CompareExchange(ref failure, e, null);
                }
                finally
                {
                    if (Interlocked.Decrement(ref running) == 0)
                    {
                        queue.CompleteAdding();
                    }
                }
            })
            {
                IsBackground = true,
                Name = "winset-tournament-" + w.ToString(CultureInfo.InvariantCulture),
            };
        }

        TimeProvider clock = plan.TimeProvider;
        TimeSpan tick = TimeSpan.FromTicks(Math.Clamp(plan.SessionTimeout.Ticks / 4, TimeSpan.TicksPerMillisecond, 100 * TimeSpan.TicksPerMillisecond));
        using ITimer watchdog = clock.CreateTimer(
            _ =>
            {
                foreach (SessionWatch w in watches)
                {
                    w.Check(clock);
                }
            },
            null,
            tick,
            tick);
        foreach (Thread t in workers)
        {
            t.Start();
        }

        int finished = 0;
        var batch = new List<SessionRecord>(plan.BatchSize);
        try
        {
            foreach (SessionRecord record in queue.GetConsumingEnumerable(CancellationToken.None))
            {
                batch.Add(record);
                finished++;
                if (batch.Count >= plan.BatchSize)
                {
                    commit(batch);
                    batch.Clear();
                }

                progress?.Invoke(finished);
            }

            if (batch.Count > 0)
            {
                commit(batch);
                batch.Clear();
            }
        }
        finally
        {
            // A failing sink: let the workers stop, then rethrow.
            if (!queue.IsAddingCompleted)
            {
                Volatile.Write(ref next, int.MaxValue - jobs - 1);
                while (!queue.IsCompleted)
                {
                    while (queue.TryTake(out _))
                    {
                    }

                    Thread.Sleep(1);
                }
            }

            foreach (Thread t in workers)
            {
                t.Join();
            }
        }

        if (failure is not null)
        {
            throw new InvalidOperationException("A tournament worker failed: " + failure.Message, failure);
        }

        cancellationToken.ThrowIfCancellationRequested();
        return finished;
    }

    private static void Work(
        TournamentPlan plan, int[] pending, ref int next, SessionWatch watch, BlockingCollection<SessionRecord> queue, CancellationToken cancellationToken)
    {
        var agents = new Agent[plan.Agents.Length];
        for (int a = 0; a < agents.Length; a++)
        {
            agents[a] = watch.Guard(plan.Agents[a]);
        }

        var options = new SessionOptions { Rounds = plan.Rounds };
        var trace = new Trace();
        var tuples = new Dictionary<int, Agent[]>();
        TimeProvider clock = plan.TimeProvider;
        while (!cancellationToken.IsCancellationRequested)
        {
            int i = Interlocked.Increment(ref next);
            if (i < 0 || i >= pending.Length)
            {
                return;
            }

            PlannedSession session = plan.Sessions[pending[i]];
            TournamentScenario scenario = plan.Scenarios[session.Scenario];
            if (!tuples.TryGetValue(session.Agents.Length, out Agent[]? tuple))
            {
                tuple = new Agent[session.Agents.Length];
                tuples[tuple.Length] = tuple;
            }

            for (int p = 0; p < tuple.Length; p++)
            {
                tuple[p] = agents[session.Agents[p]];
            }

            options.Seed = session.Seed;
            watch.Begin(clock.GetTimestamp());
            SessionResult result;
            try
            {
                result = Session.Run(scenario.Prepared, tuple, options, trace);
            }
            finally
            {
                watch.End();
            }

            string? text = null;
            if (plan.KeepTraces)
            {
                var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
                trace.WriteJsonLines(writer);
                text = writer.ToString();
            }

            queue.Add(SessionRecord.From(session, scenario, result, text), CancellationToken.None);
        }
    }
}
