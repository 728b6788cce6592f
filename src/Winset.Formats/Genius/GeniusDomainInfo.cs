using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Text;
using Winset.Model;

namespace Winset.Formats.Genius;

/// <summary>
/// What a GENIUS domain file said beyond the outcome space: each issue's <c>index</c> (profiles match issues by it)
/// and how the file was decoded (a profile is decoded the same way, so value strings match).
/// </summary>
internal sealed record GeniusDomainInfo(string Path, ImmutableArray<int> IssueIndices, Encoding Encoding)
{
    private static readonly ConditionalWeakTable<OutcomeSpace, GeniusDomainInfo> Table = new();

    /// <summary>Remembers the info of a space read from a domain file.</summary>
    public static void Attach(OutcomeSpace space, GeniusDomainInfo info) => Table.AddOrUpdate(space, info);

    /// <summary>
    /// The info of a space: as read from its file, or for a space built elsewhere the GENIUS convention, issues
    /// numbered 1..n in order.
    /// </summary>
    public static GeniusDomainInfo For(OutcomeSpace space) =>
        Table.TryGetValue(space, out GeniusDomainInfo? info)
            ? info
            : new GeniusDomainInfo(
                space.Name.Length > 0 ? space.Name : "(domain)",
                [.. Enumerable.Range(1, space.Issues.Length)],
                Text.TextDecoding.Utf8);

    /// <summary>The position of the issue with a GENIUS index, or −1.</summary>
    public int PositionOf(long index)
    {
        for (int i = 0; i < IssueIndices.Length; i++)
        {
            if (IssueIndices[i] == index)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The indices, for messages.</summary>
    public string DescribeIndices() => string.Join(", ", IssueIndices);
}
