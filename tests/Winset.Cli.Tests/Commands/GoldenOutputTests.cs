using Winset.Testing;

namespace Winset.Cli.Tests.Commands;

/// <summary>
/// What a person sees, checked whole against files in tests/Winset.Cli.Tests/Expectations (fixed width, no ANSI).
/// Run with WINSET_ACCEPT_GOLDEN=1 to accept a deliberate change.
/// </summary>
public sealed class GoldenOutputTests
{
    private static string Scenario(string file) => Path.Combine(RepositoryPaths.Scenarios, file);

    [Fact]
    public void Analyze_JobOffer_Table() =>
        Golden.Match(Checked(CliRunner.Run("analyze", Scenario("job-offer.yaml"))).Console, "Winset.Cli.Tests/Expectations/analyze-job-offer.txt");

    [Fact]
    public void Window_Flagship_Table() =>
        Golden.Match(Checked(CliRunner.Run("window", Scenario("us-china-wto-1999.yaml"))).Console, "Winset.Cli.Tests/Expectations/window-flagship.txt");

    [Fact]
    public void Explain_FlagshipConditionalOffer_Text() =>
        Golden.Match(Checked(CliRunner.Run("explain", Scenario("us-china-wto-1999.yaml"), "--move", "2")).Console, "Winset.Cli.Tests/Expectations/explain-flagship-move-2.txt");

    [Fact]
    public void Agents_Table() =>
        Golden.Match(Checked(CliRunner.Run("agents")).Console, "Winset.Cli.Tests/Expectations/agents.txt");

    private static CliRunner.Result Checked(CliRunner.Result r)
    {
        r.ExitCode.ShouldBe(0, r.All);
        return r;
    }
}
