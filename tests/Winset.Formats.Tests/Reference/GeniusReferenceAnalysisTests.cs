using System.Globalization;
using System.Numerics;
using System.Text.Json;
using Winset.Analysis;
using Winset.Formats.Genius;
using Winset.Formats.GeniusWeb;
using Winset.Model;
using Winset.Testing;

namespace Winset.Formats.Tests.Reference;

/// <summary>
/// The analysis of every scenario of <c>shared/data/genius/reference.json</c> that has one (140), against the exact
/// reference: Pareto counts with the default tie quantum and with raw doubles (GENIUS's own set), the IR count, and
/// each solution concept by tie-set membership and tie count. Read in place; skipped when the shared data is absent.
/// </summary>
public sealed class GeniusReferenceAnalysisTests
{
    private const double Tolerance = 1e-12;

    private static readonly Lazy<JsonDocument> Reference = new(() => JsonDocument.Parse(File.ReadAllBytes(SharedData.ReferenceJson)));

    private static readonly (string Json, Func<ScenarioAnalysis, SolutionPoint?> Ours, string Objective)[] Concepts =
    [
        ("nash_rv", a => a.Nash, "product"),
        ("nash_zero", a => a.NashZero, "product"),
        ("nash_genius", a => a.NashGenius, "product"),
        ("kalai_rv", a => a.KalaiSmorodinsky, "min_relative_gain"),
        ("kalai_genius", a => a.KalaiSmorodinskyGenius, "asymmetry"),
        ("kalai_zero", a => a.KalaiSmorodinskyZero, "min_relative_gain"),
        ("max_welfare", a => a.MaxWelfare, "welfare"),
    ];

    /// <summary>The ids of the scenarios with an analysis, or one placeholder that skips when the data is absent.</summary>
    public static IEnumerable<object[]> ScenarioIds()
    {
        if (SharedData.GeniusDirectory is not { } dir || !File.Exists(Path.Combine(dir, "reference.json")))
        {
            yield return ["(shared data absent)"];
            yield break;
        }

        foreach (JsonElement s in Reference.Value.RootElement.GetProperty("scenarios").EnumerateArray())
        {
            if (s.TryGetProperty("analysis", out JsonElement a) && a.ValueKind == JsonValueKind.Object)
            {
                yield return [s.GetProperty("id").GetString()!];
            }
        }
    }

    [SkippableTheory]
    [MemberData(nameof(ScenarioIds))]
    public void Analyze_ReferenceScenario_MatchesExactAnalysis(string id)
    {
        SharedData.RequireGenius();
        JsonElement entry = Find(id);
        JsonElement expected = entry.GetProperty("analysis");
        UtilityMatrix matrix = UtilityMatrix.Compute(Load(entry));

        ScenarioAnalysis a = ScenarioAnalyzer.Analyze(matrix);

        a.OutcomeCount.ShouldBe(entry.GetProperty("n_outcomes").GetInt32());
        a.ParetoFrontier.Length.ShouldBe(expected.GetProperty("pareto_n_outcomes").GetInt32(), "pareto_n_outcomes");
        a.ParetoDistinctPoints.ShouldBe(expected.GetProperty("pareto_n_distinct_points").GetInt32(), "pareto_n_distinct_points");
        a.IndividuallyRationalCount.ShouldBe(expected.GetProperty("n_individually_rational").GetInt32(), "n_individually_rational");
        foreach (var (json, ours, objective) in Concepts)
        {
            CheckConcept(json, ours(a), expected.GetProperty(json), objective);
        }
    }

    [SkippableTheory]
    [MemberData(nameof(ScenarioIds))]
    public void Analyze_RawDoubles_ReproduceGeniusDoubleParetoSet(string id)
    {
        SharedData.RequireGenius();
        JsonElement entry = Find(id);
        JsonElement expected = entry.GetProperty("analysis");
        int geniusCount = expected.TryGetProperty("genius_double_pareto", out JsonElement d) && d.ValueKind == JsonValueKind.Object
            ? d.GetProperty("n_outcomes").GetInt32()
            : expected.GetProperty("pareto_n_outcomes").GetInt32();

        ScenarioAnalysis a = ScenarioAnalyzer.Analyze(UtilityMatrix.Compute(Load(entry)), new AnalysisOptions { TieQuantum = 0 });

        a.ParetoFrontier.Length.ShouldBe(geniusCount);
    }

    private static void CheckConcept(string name, SolutionPoint? ours, JsonElement expected, string objective)
    {
        int ties = expected.GetProperty("n_outcomes").GetInt32();
        if (ties == 0)
        {
            ours.ShouldBeNull(name);
            return;
        }

        ours.ShouldNotBeNull(name);
        ours.TieCount.ShouldBe(ties, $"{name} tie count");
        JsonElement[] listed = [.. expected.GetProperty("outcomes").EnumerateArray()];
        JsonElement? match = listed.Cast<JsonElement?>().FirstOrDefault(o => o!.Value.GetProperty("index").GetInt32() == ours.Outcome.Value);
        if (match is { } m)
        {
            double[] u = [.. m.GetProperty("utilities").EnumerateArray().Select(x => x.GetDouble())];
            for (int p = 0; p < u.Length; p++)
            {
                ours.Utilities[p].ShouldBe(u[p], Tolerance, $"{name} utility of party {p + 1}");
            }
        }
        else
        {
            // Only 20 tied outcomes are listed: ours must be another optimum, with the same objective value.
            listed.Length.ShouldBeLessThan(ties, $"{name}: outcome {ours.Outcome} is not in the complete tie set");
            ours.Objective.ShouldBe(Fraction(expected.GetProperty(objective)), Tolerance, $"{name} objective");
        }
    }

    private static double Fraction(JsonElement value)
    {
        string text = value.GetString()!;
        int slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0)
        {
            return double.Parse(text, CultureInfo.InvariantCulture);
        }

        var num = BigInteger.Parse(text[..slash], CultureInfo.InvariantCulture);
        var den = BigInteger.Parse(text[(slash + 1)..], CultureInfo.InvariantCulture);
        return Math.Exp(BigInteger.Log(BigInteger.Abs(num)) - BigInteger.Log(den)) * num.Sign;
    }

    private static JsonElement Find(string id)
    {
        foreach (JsonElement s in Reference.Value.RootElement.GetProperty("scenarios").EnumerateArray())
        {
            if (s.GetProperty("id").GetString() == id)
            {
                return s;
            }
        }

        throw new InvalidOperationException($"Scenario '{id}' is not in reference.json.");
    }

    private static Scenario Load(JsonElement entry)
    {
        string dir = Path.Combine(SharedData.DomainsDirectory, entry.GetProperty("dir").GetString()!);
        string domain = Path.Combine(dir, entry.GetProperty("domain_file").GetString()!);
        string[] profiles = [.. entry.GetProperty("profile_files").EnumerateArray().Select(p => Path.Combine(dir, p.GetString()!))];
        return entry.GetProperty("format").GetString() == "geniusweb"
            ? GeniusWebJson.ReadScenario(domain, profiles)
            : GeniusXml.ReadScenario(domain, profiles);
    }
}
