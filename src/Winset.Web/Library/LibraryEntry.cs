using System.Collections.Immutable;
using Winset.Model;

namespace Winset.Web.Library;

/// <summary>One scenario of the library: its id, where it came from, and its cached analysis.</summary>
/// <param name="Id">The id used in URLs: a shipped scenario's file name without extension, or <c>upload-…</c>.</param>
/// <param name="Source"><c>shipped</c> or <c>upload</c>.</param>
/// <param name="Files">The file names it was read from (names only, never paths).</param>
/// <param name="Workspace">The scenario and what is computed from it, once.</param>
internal sealed record LibraryEntry(string Id, string Source, ImmutableArray<string> Files, ScenarioWorkspace Workspace)
{
    public Scenario Scenario => Workspace.Scenario;
}
