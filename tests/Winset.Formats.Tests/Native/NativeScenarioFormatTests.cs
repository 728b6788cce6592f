using Winset.Diagnostics;
using Winset.Formats.Native;
using Winset.Model;
using Winset.Testing;

namespace Winset.Formats.Tests.Native;

public sealed class NativeScenarioFormatTests
{
    private static Scenario Shipped(string file) => NativeScenarioFormat.Read(Path.Combine(RepositoryPaths.Scenarios, file));

    [Fact]
    public void Read_JobOffer_UtilitiesMatchHandComputedValues()
    {
        Scenario s = Shipped("job-offer.yaml");

        s.Space.Size.ShouldBe(31 * 6 * 4 * 4 * 3);
        s.Parties.Select(p => p.Name).ShouldBe(["Company", "Candidate"]);
        var outcome = Outcome(s.Space, ("Salary", Value.Of(95)), ("Remote days", Value.Of("2")), ("Signing bonus", Value.Of("5k")),
            ("Start", Value.Of("February")), ("Title", Value.Of("Senior Engineer")));

        // Company: 0.4·(1 − 15/30) + 0.1·1.0 + 0.2·0.7 + 0.2·0.8 + 0.1·0.9 = 0.69
        s.Parties[0].Profile.Utility(outcome).ShouldBe(0.69, 1e-12);
        // Candidate: 0.45·0.5 + 0.2·0.6 + 0.1·0.4 + 0.05·0.6 + 0.2·0.7 = 0.555
        s.Parties[1].Profile.Utility(outcome).ShouldBe(0.555, 1e-12);
        s.Parties[0].Profile.ReservationValue.ShouldBe(0.35);
        s.Parties[0].Profile.DiscountFactor.ShouldBe(0.95);
        s.Parties[1].Profile.DiscountFactor.ShouldBe(1.0);
    }

    [Fact]
    public void Read_UsedCar_RealIssueOnGridWithLinearEvaluator()
    {
        Scenario s = Shipped("used-car.yaml");
        var price = s.Space.Issues[0].ShouldBeOfType<RealIssue>();
        price.Count.ShouldBe(21);
        price.ValueAt(1).Number.ShouldBe(9200);
        price.ValueAt(20).Number.ShouldBe(13000);

        var outcome = Outcome(s.Space, ("Price", Value.Of(11000)), ("Warranty", Value.Of("12 months")), ("Financing", Value.Of("cash")), ("Winter tyres", Value.Of("included")));
        // Buyer: 0.55·(1 − 0.5) + 0.25·0.8 + 0.05·0.6 + 0.15·1 = 0.655
        s.Parties[0].Profile.Utility(outcome).ShouldBe(0.655, 1e-12);
        // Dealer: 0.6·0.5 + 0.15·0.5 + 0.2·0.5 + 0.05·0.6 = 0.505
        s.Parties[1].Profile.Utility(outcome).ShouldBe(0.505, 1e-12);
    }

    [Fact]
    public void Read_CoalitionBudget_TriangularEvaluatorPeaksAtTwo()
    {
        Scenario s = Shipped("coalition-budget.yaml");
        s.Parties.Length.ShouldBe(3);
        var greens = (LinearAdditiveProfile)s.Parties[0].Profile;
        var deficit = s.Space.Issues[0];
        // Grid 0, 0.5, ..., 3; triangle 0 → 2 → 3.
        greens.Evaluators[0].Table(deficit).ShouldBe([0, 0.25, 0.5, 0.75, 1, 0.5, 0], tolerance: 1e-15);
    }

    public static TheoryData<string> ShippedScenarios()
    {
        var data = new TheoryData<string>();
        foreach (string f in Directory.EnumerateFiles(RepositoryPaths.Scenarios, "*.yaml").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(f));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ShippedScenarios))]
    public void WriteThenRead_ShippedScenario_GivesBitIdenticalUtilities(string file)
    {
        Scenario original = Shipped(file);
        string yaml = NativeScenarioWriter.ToYaml(original);
        Scenario again = NativeScenarioFormat.Parse(yaml, file);

        again.Name.ShouldBe(original.Name);
        again.Parties.Select(p => p.Name).ShouldBe(original.Parties.Select(p => p.Name));
        for (int i = 0; i < original.Parties.Length; i++)
        {
            again.Parties[i].Profile.ComputeUtilities().ShouldBe(original.Parties[i].Profile.ComputeUtilities());
            again.Parties[i].Profile.ReservationValue.ShouldBe(original.Parties[i].Profile.ReservationValue);
            again.Parties[i].Profile.DiscountFactor.ShouldBe(original.Parties[i].Profile.DiscountFactor);
        }

        // Writing is deterministic: the same scenario gives the same bytes.
        NativeScenarioWriter.ToYaml(again).ShouldBe(yaml);
    }

    [Fact]
    public void Parse_Json_IsAcceptedAsWellAsYaml()
    {
        const string json = """
            {
            	"name": "tiny",
            	"issues": [ { "name": "x", "values": ["a", "b"] } ],
            	"parties": [ { "name": "A", "weights": { "x": 1 }, "utilities": { "x": { "a": 0.25, "b": 1 } } } ]
            }
            """;
        Scenario s = NativeScenarioFormat.Parse(json, "tiny.json");
        s.Parties[0].Profile.ComputeUtilities().ShouldBe([0.25, 1.0]);
    }

    [Fact]
    public void Parse_DuplicateDiscreteValues_UseListForm()
    {
        const string yaml = """
            issues:
              - name: Date
                values: [Sep3, Sep4, Sep4]
            parties:
              - name: A
                weights: {Date: 1}
                utilities: {Date: [0.1, 0.5, 0.7]}
            """;
        Scenario s = NativeScenarioFormat.Parse(yaml, "dup.yaml");
        s.Space.Count.ShouldBe(3);
        s.Parties[0].Profile.ComputeUtilities().ShouldBe([0.1, 0.5, 0.7]);
        NativeScenarioFormat.Parse(NativeScenarioWriter.ToYaml(s), "again.yaml").Parties[0].Profile.ComputeUtilities().ShouldBe([0.1, 0.5, 0.7]);
    }

    [Fact]
    public void Parse_NonLinearRectangles_SumsContributionsOverMaxUtility()
    {
        const string yaml = """
            issues:
              - {name: a, type: integer, min: 0, max: 3}
              - {name: b, type: integer, min: 0, max: 3}
            parties:
              - name: A
                rectangles:
                  maxUtility: 10
                  groups:
                    - weight: 1
                      aggregation: sum
                      rectangles:
                        - {utility: 6, bounds: {a: [0, 1]}}
                        - {utility: 4, bounds: {a: [1, 3], b: [2, 3]}}
            """;
        Scenario s = NativeScenarioFormat.Parse(yaml, "rect.yaml");
        var u = s.Parties[0].Profile;
        u.Utility(new Outcome([0, 0])).ShouldBe(0.6);
        u.Utility(new Outcome([1, 2])).ShouldBe(1.0);
        u.Utility(new Outcome([3, 3])).ShouldBe(0.4);
        u.Utility(new Outcome([3, 0])).ShouldBe(0.0);
        NativeScenarioFormat.Parse(NativeScenarioWriter.ToYaml(s), "again.yaml").Parties[0].Profile.ComputeUtilities().ShouldBe(u.ComputeUtilities());
    }

    [Theory]
    [InlineData("issues: [ {name: x, values: [a, b]\nparties: []", "bad.yaml:2:12", "not valid YAML")]
    [InlineData("issues:\n  - name: x\n    values: [a]\nparties:\n  - name: A\n    wieghts: {x: 1}\n", "bad.yaml:6:5", "unknown key 'wieghts'")]
    [InlineData("issues:\n  - name: x\n    values: [a]\nparties:\n  - name: A\n    weights: {x: -1}\n    utilities: {x: {a: 1}}\n", "bad.yaml:6:18", "weights must not be negative")]
    [InlineData("issues:\n  - name: x\n    values: [a]\nparties:\n  - name: A\n    weights: {x: 1}\n    utilities: {x: {b: 1}}\n", "bad.yaml:7:21", "issue 'x' has no value 'b'")]
    [InlineData("issues:\n  - name: x\n    values: [a]\nparties:\n  - name: A\n    weights: {x: 1}\n    utilities: {x: {a: 1.5}}\n", "bad.yaml:7:24", "between 0 and 1")]
    [InlineData("issues:\n  - name: x\n    values: [a]\nparties:\n  - name: A\n    weights: {y: 1}\n    utilities: {x: {a: 1}}\n", "bad.yaml:6:15", "issue 'y', which the scenario does not have")]
    [InlineData("winset: 7\nissues: []\nparties: []\n", "bad.yaml:1:9", "newer than the 1")]
    [InlineData("issues:\n  - name: x\n    type: integer\n    min: 5\n    max: 1\nparties: []\n", "bad.yaml:5:10", "max 1 is below min 5")]
    [InlineData("issues:\n  - name: x\n    type: money\n", "bad.yaml:3:11", "unknown issue type 'money'")]
    [InlineData("parties: []\n", "bad.yaml:1:1", "needs 'issues'")]
    public void Parse_BadInput_ThrowsInputExceptionWithLocation(string yaml, string location, string message)
    {
        var e = Should.Throw<InputException>(() => NativeScenarioFormat.Parse(yaml, "bad.yaml"));
        e.Message.ShouldStartWith(location + ": ");
        e.Message.ShouldContain(message);
    }

    [Fact]
    public void Parse_SpaceTooLarge_LoadsButRefusesToEnumerateWithTheLimit()
    {
        string issues = string.Concat(Enumerable.Range(0, 9).Select(i => $"  - {{name: i{i}, type: integer, min: 1, max: 10}}\n"));
        string weights = string.Join(", ", Enumerable.Range(0, 9).Select(i => $"i{i}: 0.1"));
        string utilities = string.Join(", ", Enumerable.Range(0, 9).Select(i => $"i{i}: {{constant: 1}}"));
        Scenario s = NativeScenarioFormat.Parse($"issues:\n{issues}parties:\n  - name: A\n    weights: {{{weights}}}\n    utilities: {{{utilities}}}\n", "big.yaml");

        s.Space.IsEnumerable.ShouldBeFalse();
        var e = Should.Throw<InputException>(() => s.Parties[0].Profile.ComputeUtilities());
        e.Message.ShouldContain("1,000,000,000 outcomes");
        e.Message.ShouldContain("50,000,000");
    }

    [Fact]
    public void Read_MissingFile_ThrowsInputExceptionNamingIt()
    {
        var e = Should.Throw<InputException>(() => NativeScenarioFormat.Read("/no/such/scenario.yaml"));
        e.Message.ShouldStartWith("/no/such/scenario.yaml: ");
    }

    internal static Outcome Outcome(OutcomeSpace space, params (string Issue, Value Value)[] values)
    {
        var indices = new int[space.Issues.Length];
        foreach (var (issue, value) in values)
        {
            int i = space.IndexOfIssue(issue);
            indices[i] = space.Issues[i].IndexOf(value);
            indices[i].ShouldBeGreaterThanOrEqualTo(0, $"value {value} of {issue}");
        }

        return new Outcome([.. indices]);
    }
}
