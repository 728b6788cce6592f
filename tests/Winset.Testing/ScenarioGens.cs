using System.Collections.Immutable;
using CsCheck;
using Winset.Model;

namespace Winset.Testing;

/// <summary>
/// CsCheck generators of small linear-additive scenarios with every issue and evaluator kind, for round-trip
/// properties of the formats. Option and issue names are chosen by the caller to trip its own format.
/// </summary>
public static class ScenarioGens
{
    private static readonly Gen<double> Unit = Gen.Double[0, 1];

    /// <summary>Scenarios of 1–3 issues and 1–3 parties.</summary>
    /// <param name="optionNames">Names to draw discrete options from (distinct within an issue).</param>
    /// <param name="issueName">The name of issue k.</param>
    /// <param name="scenarioName">The scenario's name.</param>
    /// <param name="realGrid">Grid sizes to draw for real issues.</param>
    public static Gen<Scenario> LinearAdditive(string[] optionNames, Func<int, string> issueName, string scenarioName, int[] realGrid) =>
        Gen.Select(IssueGen(optionNames, realGrid).Array[1, 3], Gen.Int[1, 3], Gen.Bool).SelectMany(t =>
        {
            var (raw, partyCount, cap) = t;
            var issues = raw.Select((issue, k) => Rename(issue, issueName(k))).ToArray();
            var space = new OutcomeSpace("generated", issues);
            Gen<Party> party = Gen.Select(Unit.Array[issues.Length], Unit, Gen.Double[0.01, 1], Gen.Int[0, 1_000_000])
                .SelectMany(p => Sequence(issues.Select(EvaluatorFor)).Select(evaluators =>
                    new Party($"P{p.Item4}", new LinearAdditiveProfile($"P{p.Item4}", space, p.Item1, evaluators, p.Item2, p.Item3, cap))));
            return party.Array[partyCount].Where(ps => ps.Select(x => x.Name).Distinct().Count() == ps.Length)
                .Select(ps => new Scenario(scenarioName, space, ps));
        });

    private static Gen<Issue> IssueGen(string[] optionNames, int[] realGrid) => Gen.Int[0, 2].SelectMany(kind => kind switch
    {
        0 => Gen.Int[1, Math.Min(4, optionNames.Length)].SelectMany(n => Gen.Shuffle(optionNames, n)).Select(v => (Issue)new DiscreteIssue("d", v)),
        1 => Gen.Select(Gen.Int[-5, 5], Gen.Int[0, 4]).Select(t => (Issue)new IntegerIssue("i", t.Item1, t.Item1 + t.Item2)),
        _ => Gen.Select(Gen.Double[-100, 100], Gen.Double[0, 50], Gen.Int[0, realGrid.Length - 1].Select(i => realGrid[i])).Select(t => (Issue)new RealIssue("r", t.Item1, t.Item1 + t.Item2, t.Item3)),
    });

    private static Gen<IssueEvaluator> EvaluatorFor(Issue issue) => issue switch
    {
        DiscreteIssue d => Unit.Array[d.Count].Select(a => (IssueEvaluator)new DiscreteEvaluator([.. a])),
        _ => Gen.Int[0, 4].SelectMany(k => k switch
        {
            0 => Gen.Select(Gen.Double[-1, 1], Gen.Double[-1, 2], Gen.Double[-10, 10]).Select(t => (IssueEvaluator)new LinearEvaluator(t.Item1, t.Item2, t.Item3)),
            1 => Unit.Select(c => (IssueEvaluator)new ConstantEvaluator(c)),
            2 => Gen.Double[-100, 150].Array[3].Select(a =>
            {
                Array.Sort(a);
                return (IssueEvaluator)new TriangularEvaluator(a[0], a[2], a[1]);
            }),
            3 => Unit.Array[issue.Count].Select(a => (IssueEvaluator)new DiscreteEvaluator([.. a])),
            _ => Gen.Select(Gen.Double[-100, 0], Unit, Gen.Double[0, 150], Unit).Select(t => (IssueEvaluator)new InterpolationEvaluator(t.Item1, t.Item2, t.Item3, t.Item4)),
        }),
    };

    private static Issue Rename(Issue issue, string name) => issue switch
    {
        DiscreteIssue d => new DiscreteIssue(name, d.Options),
        IntegerIssue i => new IntegerIssue(name, i.Lower, i.Upper),
        RealIssue r => new RealIssue(name, r.Lower, r.Upper, r.GridPoints),
        _ => throw new InvalidOperationException($"Unknown issue type {issue.GetType().Name}."),
    };

    private static Gen<IssueEvaluator[]> Sequence(IEnumerable<Gen<IssueEvaluator>> gens) =>
        gens.Aggregate(Gen.Const(ImmutableList<IssueEvaluator>.Empty), (acc, g) => acc.SelectMany(list => g.Select(list.Add)))
            .Select(l => l.ToArray());
}
