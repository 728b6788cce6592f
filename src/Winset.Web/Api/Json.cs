using System.Globalization;
using Winset.Analysis;
using Winset.Model;

namespace Winset.Web.Api;

/// <summary>Small conversions shared by the endpoints: values, solutions, dates and non-finite numbers.</summary>
internal static class Json
{
    /// <summary>An outcome's values, issue name → value (a string for discrete issues, a number otherwise), as the CLI writes them.</summary>
    public static IReadOnlyDictionary<string, object> Values(OutcomeSpace space, OutcomeIndex index)
    {
        var result = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var (issue, value) in space.Describe(space.OutcomeAt(index)))
        {
            result[issue] = Value(value);
        }

        return result;
    }

    public static object Value(Value value) => value.IsText ? value.Text! : value.Number;

    public static SolutionDto? Solution(Scenario scenario, SolutionPoint? point) =>
        point is null ? null : new SolutionDto(point.Outcome.Value, [.. point.Utilities], Values(scenario.Space, point.Outcome), Finite(point.Objective) ?? 0, point.TieCount);

    public static double? Finite(double d) => double.IsFinite(d) ? d : null;

    public static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static IssueDto Issue(Issue issue) => new(
        issue.Name,
        issue.Kind.ToString().ToLowerInvariant(),
        [.. issue.Values.Select(Value)]);
}
