using System.Text.Json;
using Winset.Formats.Native;
using Winset.Model;
using Winset.Testing;

namespace Winset.Cli.Tests.Commands;

public sealed class AnalyzeCommandTests
{
    private static string Scenario(string file) => Path.Combine(RepositoryPaths.Scenarios, file);

    [Fact]
    public void Analyze_Json_CountsAndSolutionsAgreeWithBruteForce()
    {
        // Quantum 0 compares raw doubles, as this brute force does.
        var r = CliRunner.Run("analyze", Scenario("job-offer.yaml"), "--json", "--tie-quantum", "0");
        r.ExitCode.ShouldBe(0, r.All);
        using var doc = JsonDocument.Parse(r.Out);
        JsonElement root = doc.RootElement;

        // Independent brute force over the scenario's utilities.
        Scenario s = NativeScenarioFormat.Read(Scenario("job-offer.yaml"));
        double[] a = s.Parties[0].Profile.ComputeUtilities(), b = s.Parties[1].Profile.ComputeUtilities();
        double ra = s.Parties[0].Profile.ReservationValue, rb = s.Parties[1].Profile.ReservationValue;
        int n = a.Length;
        int pareto = 0;
        double bestProduct = double.NegativeInfinity, bestWelfare = double.NegativeInfinity;
        for (int i = 0; i < n; i++)
        {
            bool dominated = false;
            for (int j = 0; j < n && !dominated; j++)
            {
                dominated = a[j] >= a[i] && b[j] >= b[i] && (a[j] > a[i] || b[j] > b[i]);
            }

            pareto += dominated ? 0 : 1;
            if (a[i] >= ra && b[i] >= rb)
            {
                bestProduct = Math.Max(bestProduct, (a[i] - ra) * (b[i] - rb));
            }

            bestWelfare = Math.Max(bestWelfare, a[i] + b[i]);
        }

        root.GetProperty("outcomeCount").GetInt32().ShouldBe(8928);
        root.GetProperty("paretoOutcomeCount").GetInt32().ShouldBe(pareto);
        var nash = root.GetProperty("nash");
        double[] nu = nash.GetProperty("utilities").EnumerateArray().Select(e => e.GetDouble()).ToArray();
        ((nu[0] - ra) * (nu[1] - rb)).ShouldBe(bestProduct, 1e-12);
        var welfare = root.GetProperty("maxWelfare").GetProperty("utilities").EnumerateArray().Sum(e => e.GetDouble());
        welfare.ShouldBe(bestWelfare, 1e-12);

        // values are issue → value, and describe the same outcome as the utilities.
        var values = nash.GetProperty("values");
        values.GetProperty("Salary").ValueKind.ShouldBe(JsonValueKind.Number);
        values.GetProperty("Title").ValueKind.ShouldBe(JsonValueKind.String);
        int index = nash.GetProperty("outcome").GetInt32();
        a[index].ShouldBe(nu[0]);
        b[index].ShouldBe(nu[1]);
        root.GetProperty("kalaiSmorodinsky").GetProperty("utilities").GetArrayLength().ShouldBe(2);
    }

    [Fact]
    public void Analyze_ThreeParties_ReportsOneUtilityPerParty()
    {
        var r = CliRunner.Run("analyze", Scenario("coalition-budget.yaml"), "--json");
        r.ExitCode.ShouldBe(0, r.All);
        using var doc = JsonDocument.Parse(r.Out);
        doc.RootElement.GetProperty("nash").GetProperty("utilities").GetArrayLength().ShouldBe(3);
        doc.RootElement.GetProperty("parties").GetArrayLength().ShouldBe(3);
    }

    [Fact]
    public void Analyze_Table_NamesEverySolutionAndTheCounts()
    {
        var r = CliRunner.Run("analyze", Scenario("market-access.yaml"));
        r.ExitCode.ShouldBe(0, r.All);
        foreach (string expected in new[] { "Market access", "Outcomes", "Pareto-optimal outcomes", "Nash", "Kalai-Smorodinsky", "Egalitarian", "Max welfare", "Exporter", "Importer" })
        {
            r.Console.ShouldContain(expected);
        }
    }

    [Fact]
    public void Analyze_SameInput_SameOutputByteForByte()
    {
        CliRunner.Run("analyze", Scenario("used-car.yaml"), "--json", "--frontier").Out
            .ShouldBe(CliRunner.Run("analyze", Scenario("used-car.yaml"), "--json", "--frontier").Out);
    }

    [Fact]
    public void Analyze_MissingFile_ExitsTwoNamingIt()
    {
        var r = CliRunner.Run("analyze", "/nowhere/scenario.yaml");
        r.ExitCode.ShouldBe(2);
        r.Error.ShouldContain("/nowhere/scenario.yaml");
        r.Error.ShouldContain("no such file");
        r.All.ShouldNotContain("   at ");
    }

    [Fact]
    public void Analyze_MalformedYaml_ExitsTwoWithLineAndColumn()
    {
        string file = Path.Combine(Path.GetTempPath(), $"winset-bad-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(file, "issues:\n  - name: x\n    values: [a, b]\nparties:\n  - name: A\n    weights: {x: one}\n    utilities: {x: {a: 1, b: 0}}\n");
        try
        {
            var r = CliRunner.Run("analyze", file);
            r.ExitCode.ShouldBe(2);
            r.Error.ShouldContain($"{file}:6:18: expected the weight of issue 'x' (a number), found 'one'.");
            r.All.ShouldNotContain("   at ");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Analyze_MalformedGeniusDomain_ExitsTwoWithTheParsersLineAndColumn()
    {
        string file = Path.Combine(Path.GetTempPath(), $"winset-bad-{Guid.NewGuid():N}.xml");
        File.WriteAllText(file, "<negotiation_template><utility_space><objective index=\"0\" name=\"x\">\n<issue index=\"1\" name=\"a\"><item value=\"1\"/></issue>\n</objective>");
        try
        {
            var r = CliRunner.Run("analyze", file, file);
            r.ExitCode.ShouldBe(2);
            r.Error.ShouldStartWith($"error: {file}:3:");
            r.Error.ShouldContain("well-formed XML");
            r.All.ShouldNotContain("   at ");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Analyze_SpaceTooLargeToEnumerate_ExitsTwoSayingTheLimit()
    {
        string file = Path.Combine(Path.GetTempPath(), $"winset-big-{Guid.NewGuid():N}.yaml");
        string issues = string.Concat(Enumerable.Range(0, 8).Select(i => $"  - {{name: i{i}, type: integer, min: 1, max: 10}}\n"));
        string weights = string.Join(", ", Enumerable.Range(0, 8).Select(i => $"i{i}: 0.125"));
        string utilities = string.Join(", ", Enumerable.Range(0, 8).Select(i => $"i{i}: {{constant: 1}}"));
        File.WriteAllText(file, $"issues:\n{issues}parties:\n  - {{name: A, weights: {{{weights}}}, utilities: {{{utilities}}}}}\n  - {{name: B, weights: {{{weights}}}, utilities: {{{utilities}}}}}\n");
        try
        {
            var r = CliRunner.Run("analyze", file);
            r.ExitCode.ShouldBe(2);
            r.Error.ShouldContain("100,000,000 outcomes, more than the 50,000,000 Winset enumerates");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Analyze_BadOption_ExitsTwo()
    {
        var r = CliRunner.Run("analyze", Scenario("job-offer.yaml"), "--tie-quantum", "-1");
        r.ExitCode.ShouldBe(2);
        r.All.ShouldContain("--tie-quantum");
    }
}
