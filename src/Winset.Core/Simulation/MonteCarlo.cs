using System.Collections.Immutable;
using Winset.Diagnostics;
using Winset.Model;
using Winset.Negotiation;
using Winset.Negotiation.Agents;

namespace Winset.Simulation;

/// <summary>
/// Monte Carlo over a two-level negotiation: N seeded sessions (<see cref="Session"/>), each with its own draw of the
/// threshold noise, of the probabilistic events and of the negotiators' estimation errors, run in parallel; then the
/// probabilities of each ending, the agreement times and the likely outcomes ("press releases").
/// </summary>
/// <remarks>
/// <para><b>Determinism.</b> Run i is a session with seed <see cref="RunSeed"/>(seed, i), which fixes all its random
/// draws; results are stored by run index and aggregated in run order, so the report is the same whatever the
/// parallelism and the scheduling.</para>
/// <para><b>Sharing.</b> The <see cref="PreparedScenario"/> (utilities, sorted indices, the level-two matrix and the
/// cache of believed win-sets) and the agents are shared by every run; each worker thread reuses one trace.</para>
/// <para><b>Categories</b> (<see cref="RunCategory"/>): a ratified agreement, a ratification failure (involuntary
/// defection), no agreement by the deadline, a breakdown (walk-away), an agent error; they partition the runs.</para>
/// <para><b>Press releases</b> (<see cref="PressRelease"/>). Ratified deals are clustered by leader clustering on the
/// parties' undiscounted utilities: the distinct agreed outcomes, most frequent first (ties: lower outcome index), each
/// join the first cluster whose terms (its first, hence most frequent, outcome) lie within
/// <see cref="MonteCarloOptions.ClusterRadius"/> (Euclidean), or start one. The <see cref="MonteCarloOptions.MaxDealClusters"/>
/// largest clusters are reported with their terms; the rest are pooled as "other deals". Ratification failures, delays,
/// breakdowns and errors make one press release each. Press releases with no runs are left out; they are sorted by
/// probability, most likely first.</para>
/// </remarks>
public static class MonteCarlo
{
    private static readonly double[] QuantileLevels = [0.1, 0.25, 0.5, 0.75, 0.9];

    /// <summary>Runs the simulation on a scenario (preparing it first).</summary>
    /// <exception cref="InputException">An option is out of range, or the agents do not match the parties.</exception>
    public static MonteCarloReport Run(Scenario scenario, IReadOnlyList<Agent> agents, MonteCarloOptions options)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        Session.CheckAgents(scenario.Parties.Length, agents);
        return Run(PreparedScenario.Create(scenario), agents, options);
    }

    /// <summary>Runs the simulation on a prepared scenario, shared by every run.</summary>
    /// <exception cref="InputException">An option is out of range, or the agents do not match the parties.</exception>
    public static MonteCarloReport Run(PreparedScenario prepared, IReadOnlyList<Agent> agents, MonteCarloOptions options)
    {
        ArgumentNullException.ThrowIfNull(prepared);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        Session.CheckAgents(prepared.PartyCount, agents);
        Agent[] lineup = [.. agents];
        int runs = options.Runs;
        int seed = options.Seed;
        int deadline = prepared.Scenario.Timeline?.Rounds ?? options.Rounds;
        var results = new RunSummary[runs];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Parallelism == 0 ? Environment.ProcessorCount : options.Parallelism };
        int capacity = checked(deadline * prepared.PartyCount);
        Parallel.For(
            0,
            runs,
            parallel,
            () => new Trace(capacity),
            (i, _, trace) =>
            {
                int runSeed = RunSeed(seed, i);
                var sessionOptions = new SessionOptions
                {
                    Rounds = options.Rounds,
                    Seed = runSeed,
                    Noise = options.Noise,
                    BeliefNoise = options.BeliefNoise,
                    BeliefBias = options.BeliefBias,
                    Information = options.Information,
                };
                SessionResult r = Session.Run(prepared, lineup, sessionOptions, trace);
                results[i] = new RunSummary(i, runSeed, RunSummary.CategoryOf(r), r.Round, r.Agreement, r.Utilities, r.AppliedEvents);
                return trace;
            },
            _ => { });

        return Aggregate(prepared, lineup, options, deadline, results);
    }

    /// <summary>
    /// The session seed of run <paramref name="run"/>: SplitMix64 of (seed, run), folded to 31 bits. Depends on
    /// nothing else, so a run can be replayed alone.
    /// </summary>
    public static int RunSeed(int seed, int run)
    {
        ulong z = unchecked(((ulong)(uint)seed << 32) + (uint)run + 0x9E3779B97F4A7C15UL);
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        z ^= z >> 31;
        return (int)(z & 0x7FFF_FFFF);
    }

    /// <summary>
    /// The default line-up of <c>winset simulate</c>: for a two-level scenario, every party ratification-aware
    /// Boulware (<c>aware:boulware</c>: Faratin's time-dependent tactic, e = 0.2, holding firm until near the deadline,
    /// as in high-stakes talks); otherwise plain <c>boulware</c>.
    /// </summary>
    public static IReadOnlyList<string> DefaultAgents(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        string name = scenario.HasLevelTwo || scenario.Timeline is not null ? $"{RatificationAware.Modifier}:boulware" : "boulware";
        return [.. Enumerable.Repeat(name, scenario.Parties.Length)];
    }

    private static MonteCarloReport Aggregate(PreparedScenario prepared, Agent[] agents, MonteCarloOptions options, int deadline, RunSummary[] results)
    {
        Scenario scenario = prepared.Scenario;
        int runs = results.Length;
        int n = prepared.PartyCount;
        var counts = new int[Enum.GetValues<RunCategory>().Length];
        var sums = new double[n];
        var eventRuns = new int[scenario.Timeline?.Events.Length ?? 0];
        foreach (RunSummary r in results)
        {
            counts[(int)r.Category]++;
            for (int p = 0; p < n; p++)
            {
                sums[p] += r.Utilities[p];
            }

            foreach (int e in r.AppliedEvents)
            {
                eventRuns[e]++;
            }
        }

        var events = ImmutableArray.CreateBuilder<EventFrequency>(eventRuns.Length);
        for (int e = 0; e < eventRuns.Length; e++)
        {
            TimelineEvent te = scenario.Timeline!.Events[e];
            events.Add(new EventFrequency(e, te.Label, te.Round, te.Probability, eventRuns[e], eventRuns[e] / (double)runs));
        }

        return new MonteCarloReport(
            scenario.Name,
            prepared.PartyNames,
            [.. agents.Select(a => a.Name)],
            options.Seed,
            options.Noise,
            options.BeliefNoise,
            options.Information,
            deadline,
            [.. counts],
            Times(scenario, results),
            PressReleases(prepared, options, results),
            events.MoveToImmutable(),
            [.. sums.Select(s => s / runs)],
            [.. results]);
    }

    private static AgreementTimes Times(Scenario scenario, RunSummary[] results)
    {
        var rounds = new List<int>();
        foreach (RunSummary r in results)
        {
            if (r.Category == RunCategory.RatifiedAgreement)
            {
                rounds.Add(r.Round);
            }
        }

        if (rounds.Count == 0)
        {
            return new AgreementTimes(0, null, [], []);
        }

        rounds.Sort();
        Timeline? timeline = scenario.Timeline;
        var quantiles = new RoundQuantile[QuantileLevels.Length];
        for (int i = 0; i < quantiles.Length; i++)
        {
            int rank = Math.Max(1, (int)Math.Ceiling(QuantileLevels[i] * rounds.Count - 1e-9));
            int round = rounds[rank - 1];
            quantiles[i] = new RoundQuantile(QuantileLevels[i], round, timeline?.DateOf(round));
        }

        var histogram = new List<RoundCount>();
        for (int i = 0; i < rounds.Count;)
        {
            int j = i;
            while (j < rounds.Count && rounds[j] == rounds[i])
            {
                j++;
            }

            histogram.Add(new RoundCount(rounds[i], timeline?.DateOf(rounds[i]), j - i));
            i = j;
        }

        double mean = 0;
        foreach (int r in rounds)
        {
            mean += r;
        }

        return new AgreementTimes(rounds.Count, mean / rounds.Count, [.. quantiles], [.. histogram]);
    }

    private static ImmutableArray<PressRelease> PressReleases(PreparedScenario prepared, MonteCarloOptions options, RunSummary[] results)
    {
        int runs = results.Length;
        var releases = new List<(PressRelease Release, int Order)>();

        // Ratified deals: leader clustering of the distinct outcomes, most frequent first.
        var frequency = new Dictionary<int, (int Count, long RoundSum)>();
        foreach (RunSummary r in results)
        {
            if (r.Category == RunCategory.RatifiedAgreement)
            {
                int o = r.Agreement!.Value.Value;
                frequency.TryGetValue(o, out var f);
                frequency[o] = (f.Count + 1, f.RoundSum + r.Round);
            }
        }

        var distinct = frequency.OrderByDescending(kv => kv.Value.Count).ThenBy(kv => kv.Key).ToList();
        var clusters = new List<Cluster>();
        foreach (var (outcome, (count, roundSum)) in distinct)
        {
            Cluster? home = null;
            foreach (Cluster c in clusters)
            {
                if (Distance(prepared, c.Terms, outcome) <= options.ClusterRadius)
                {
                    home = c;
                    break;
                }
            }

            if (home is null)
            {
                home = new Cluster(outcome, clusters.Count);
                clusters.Add(home);
            }

            home.Runs += count;
            home.RoundSum += roundSum;
            home.Distinct++;
        }

        clusters.Sort((a, b) => a.Runs != b.Runs ? b.Runs.CompareTo(a.Runs) : a.Created.CompareTo(b.Created));
        for (int i = 0; i < clusters.Count && i < options.MaxDealClusters; i++)
        {
            Cluster c = clusters[i];
            releases.Add((Release(prepared, PressReleaseKind.Deal, "Deal: an agreement, ratified at home", c.Runs, runs, c.Terms, c.Distinct, c.RoundSum), 0));
        }

        if (clusters.Count > options.MaxDealClusters)
        {
            var rest = clusters.Skip(options.MaxDealClusters).ToList();
            // The pooled deals' terms: their most frequent outcome (the first cluster's terms, by construction).
            int terms = rest.OrderByDescending(c => frequency[c.Terms].Count).ThenBy(c => c.Terms).First().Terms;
            releases.Add((Release(
                prepared, PressReleaseKind.OtherDeals, "Other deals, ratified at home", rest.Sum(c => c.Runs), runs, terms,
                rest.Sum(c => c.Distinct), rest.Sum(c => c.RoundSum)), 1));
        }

        AddCategory(prepared, releases, results, RunCategory.RatificationFailure, PressReleaseKind.RatificationFailure,
            "Signed at the table, rejected at home (involuntary defection)", 2);
        AddCategory(prepared, releases, results, RunCategory.NoAgreement, PressReleaseKind.Delay, "Delay: no agreement by the deadline", 3);
        AddCategory(prepared, releases, results, RunCategory.Breakdown, PressReleaseKind.Breakdown, "Breakdown: a side walked away", 4);
        AddCategory(prepared, releases, results, RunCategory.Error, PressReleaseKind.Error, "Error: an agent failed", 5);

        return [.. releases
            .Select((x, i) => (x.Release, x.Order, Index: i))
            .OrderByDescending(x => x.Release.Runs)
            .ThenBy(x => x.Order)
            .ThenBy(x => x.Index)
            .Select(x => x.Release)];
    }

    private static void AddCategory(
        PreparedScenario prepared, List<(PressRelease, int)> releases, RunSummary[] results, RunCategory category, PressReleaseKind kind, string headline, int order)
    {
        int count = 0;
        long roundSum = 0;
        var signed = new Dictionary<int, int>();
        foreach (RunSummary r in results)
        {
            if (r.Category != category)
            {
                continue;
            }

            count++;
            roundSum += r.Round;
            if (r.Agreement is { } a)
            {
                signed[a.Value] = signed.GetValueOrDefault(a.Value) + 1;
            }
        }

        if (count == 0)
        {
            return;
        }

        int? terms = signed.Count == 0 ? null : signed.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key).First().Key;
        releases.Add((Release(prepared, kind, headline, count, results.Length, terms, signed.Count, roundSum), order));
    }

    private static PressRelease Release(
        PreparedScenario prepared, PressReleaseKind kind, string headline, int count, int runs, int? outcome, int distinct, long roundSum)
    {
        ImmutableArray<KeyValuePair<string, Value>> terms = [];
        ImmutableArray<double> utilities = [];
        OutcomeIndex? index = null;
        if (outcome is { } o)
        {
            index = new OutcomeIndex(o);
            OutcomeSpace space = prepared.Scenario.Space;
            terms = [.. space.Describe(space.OutcomeAt(index.Value))];
            var u = new double[prepared.PartyCount];
            for (int p = 0; p < u.Length; p++)
            {
                u[p] = prepared.Utilities(p)[o];
            }

            utilities = [.. u];
        }

        return new PressRelease(kind, headline, count, count / (double)runs, index, terms, utilities, distinct, roundSum / (double)count);
    }

    private static double Distance(PreparedScenario prepared, int a, int b)
    {
        double sum = 0;
        for (int p = 0; p < prepared.PartyCount; p++)
        {
            ReadOnlySpan<double> u = prepared.Utilities(p);
            double d = u[a] - u[b];
            sum += d * d;
        }

        return Math.Sqrt(sum);
    }

    private sealed class Cluster(int terms, int created)
    {
        public int Terms { get; } = terms;

        public int Created { get; } = created;

        public int Runs { get; set; }

        public long RoundSum { get; set; }

        public int Distinct { get; set; }
    }
}
