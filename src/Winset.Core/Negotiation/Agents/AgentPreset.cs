using System.Collections.Immutable;

namespace Winset.Negotiation.Agents;

/// <summary>A named agent of <see cref="AgentPresets"/>.</summary>
/// <param name="Name">The name, e.g. <c>boulware</c>.</param>
/// <param name="Description">One line on what the agent does.</param>
/// <param name="Parameters">The parameters it takes (possibly none).</param>
public sealed record AgentPreset(string Name, string Description, ImmutableArray<PresetParameter> Parameters)
{
    public bool Equals(AgentPreset? other) => other is not null && Name == other.Name;

    public override int GetHashCode() => Name.GetHashCode(StringComparison.Ordinal);
}
