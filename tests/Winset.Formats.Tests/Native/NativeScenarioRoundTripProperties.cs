using System.Collections.Immutable;
using CsCheck;
using Winset.Formats.Native;
using Winset.Model;

namespace Winset.Formats.Tests.Native;

/// <summary>Write → read of generated scenarios gives back the same utilities, bit for bit.</summary>
public sealed class NativeScenarioRoundTripProperties
{
    // Option names chosen to trip a YAML writer: booleans, numbers, colons, quotes, leading spaces, non-ASCII.
    private static readonly string[] Names =
        ["a", "yes", "No", "1.0", "007", "x: y", "#tag", " lead", "trail ", "it's", "\"q\"", "€10,000", "null", "- dash", "[x]", "a&b", "~"];

    private static readonly Gen<double> Unit = Gen.Double[0, 1];

    private static readonly Gen<Issue> IssueGen = Gen.Int[0, 2].SelectMany(kind => kind switch
    {
        0 => Gen.Int[1, 4].SelectMany(n => Gen.Shuffle(Names, n)).Select(v => (Issue)new DiscreteIssue("d", v)),
        1 => Gen.Select(Gen.Int[-5, 5], Gen.Int[0, 4]).Select(t => (Issue)new IntegerIssue("i", t.Item1, t.Item1 + t.Item2)),
        _ => Gen.Select(Gen.Double[-100, 100], Gen.Double[0, 50], Gen.Int[2, 5]).Select(t => (Issue)new RealIssue("r", t.Item1, t.Item1 + t.Item2, t.Item3)),
    });

    private static Gen<IssueEvaluator> EvaluatorFor(Issue issue) => issue switch
    {
        DiscreteIssue d => Unit.Array[d.Count].Select(a => (IssueEvaluator)new DiscreteEvaluator([.. a])),
        _ => Gen.Int[0, 3].SelectMany(k => k switch
        {
            0 => Gen.Select(Gen.Double[-1, 1], Gen.Double[-1, 2], Gen.Double[-10, 10]).Select(t => (IssueEvaluator)new LinearEvaluator(t.Item1, t.Item2, t.Item3)),
            1 => Unit.Select(c => (IssueEvaluator)new ConstantEvaluator(c)),
            2 => Gen.Double[-100, 150].Array[3].Select(a =>
            {
                Array.Sort(a);
                return (IssueEvaluator)new TriangularEvaluator(a[0], a[2], a[1]);
            }),
            _ => Gen.Select(Gen.Double[-100, 0], Unit, Gen.Double[0, 150], Unit).Select(t => (IssueEvaluator)new InterpolationEvaluator(t.Item1, t.Item2, t.Item3, t.Item4)),
        }),
    };

    private static readonly Gen<Scenario> ScenarioGen =
        Gen.Select(IssueGen.Array[1, 3], Gen.Int[1, 3], Gen.Bool).SelectMany(t =>
        {
            var (raw, partyCount, cap) = t;
            var issues = raw.Select((iss, k) => Rename(iss, $"Issue {k} {(k % 2 == 0 ? "yes" : "1")}")).ToArray();
            var space = new OutcomeSpace("generated", issues);
            Gen<Party> party = Gen.Select(Unit.Array[issues.Length], Unit, Gen.Double[0.01, 1], Gen.Int[0, 1_000_000])
                .SelectMany(p => Sequence(issues.Select(EvaluatorFor)).Select(evals =>
                    new Party($"P{p.Item4}", new LinearAdditiveProfile($"P{p.Item4}", space, p.Item1, evals, p.Item2, p.Item3, cap))));
            return party.Array[partyCount].Where(ps => ps.Select(x => x.Name).Distinct().Count() == ps.Length)
                .Select(ps => new Scenario("generated: a \"tricky\" name", space, ps));
        });

    [Fact]
    public void WriteThenRead_GeneratedScenarios_SameUtilitiesAndParameters()
    {
        ScenarioGen.Sample(s =>
        {
            string yaml = NativeScenarioWriter.ToYaml(s);
            Scenario back = NativeScenarioFormat.Parse(yaml, "generated.yaml");
            back.Name.ShouldBe(s.Name);
            back.Space.Issues.Select(i => i.Values.ToArray()).ShouldBe(s.Space.Issues.Select(i => i.Values.ToArray()));
            for (int p = 0; p < s.Parties.Length; p++)
            {
                back.Parties[p].Profile.ComputeUtilities().ShouldBe(s.Parties[p].Profile.ComputeUtilities(), yaml);
                back.Parties[p].Profile.ReservationValue.ShouldBe(s.Parties[p].Profile.ReservationValue);
                back.Parties[p].Profile.DiscountFactor.ShouldBe(s.Parties[p].Profile.DiscountFactor);
            }
        }, iter: 300);
    }

    private static Issue Rename(Issue issue, string name) => issue switch
    {
        DiscreteIssue d => new DiscreteIssue(name, d.Options),
        IntegerIssue i => new IntegerIssue(name, i.Lower, i.Upper),
        RealIssue r => new RealIssue(name, r.Lower, r.Upper, r.GridPoints),
        _ => throw new InvalidOperationException(),
    };

    private static Gen<IssueEvaluator[]> Sequence(IEnumerable<Gen<IssueEvaluator>> gens) =>
        gens.Aggregate(Gen.Const(ImmutableList<IssueEvaluator>.Empty), (acc, g) => acc.SelectMany(list => g.Select(list.Add)))
            .Select(l => l.ToArray());
}
