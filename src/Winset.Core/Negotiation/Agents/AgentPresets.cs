using System.Collections.Immutable;
using System.Globalization;
using Winset.Diagnostics;
using Winset.Model;
using Winset.Negotiation.Agents.Acceptance;
using Winset.Negotiation.Agents.Bidding;
using Winset.Negotiation.Agents.OpponentModels;

namespace Winset.Negotiation.Agents;

/// <summary>
/// The named agents: <c>aspiration</c>, <c>boulware</c>, <c>conceder</c>, <c>hardliner</c>, <c>linear</c>,
/// <c>micro</c>, <c>nicetft</c>, <c>random</c>, <c>titfortat</c>. A name may carry parameters, e.g.
/// <c>boulware(e=0.1)</c> or <c>conceder(e=3, k=0.1)</c>; names are case-insensitive.
/// A modifier (<see cref="Modifiers"/>) may prefix any of them: <c>aware:boulware</c> is Boulware made
/// ratification-aware (<see cref="RatificationAware"/>), <c>aware(patience=0.5):conceder(e=3)</c> with a parameter.
/// </summary>
public static class AgentPresets
{
    private static readonly PresetParameter ParameterK = new("k", "initial concession, in [0, 1]", 0);

    /// <summary>Every preset, sorted by name.</summary>
    public static ImmutableArray<AgentPreset> All { get; } =
    [
        new("aspiration", "Aspiration agent after NegMAS: offers just above asp(t) = P_min + (P_max − P_min)(1 − t^e), NegMAS's e=4 Boulware curve; AC_next.",
            [new("e", "aspiration exponent, > 0 (> 1 Boulware, < 1 Conceder)", 4)]),
        new("boulware", "Time-dependent, Boulware (Faratin e=0.2): holds firm and concedes near the deadline; AC_next.",
            [new("e", "concession exponent, > 0 (< 1 Boulware)", 0.2), ParameterK]),
        new("conceder", "Time-dependent, Conceder (Faratin e=2): concedes early towards its reservation value; AC_next.",
            [new("e", "concession exponent, > 0 (> 1 Conceder)", 2), ParameterK]),
        new("hardliner", "Always offers its best outcome and accepts only an offer as good; never concedes.", []),
        new("linear", "Time-dependent, linear concession (Faratin e=1) from its best outcome to its reservation value; AC_next.",
            [ParameterK]),
        new("micro", "MiCRO (de Jonge 2022): concedes one outcome down its ranking only for each new distinct opponent offer; accepts at its next proposal.", []),
        new("nicetft", "Nice tit-for-tat: concedes towards the estimated Nash point as the opponent concedes, offering what a frequency model says suits the opponent; AC_next.", []),
        new("random", "Offers a random outcome above its reservation value (seeded); AC_next.", []),
        new("titfortat", "Relative tit-for-tat (Faratin): mirrors the opponent's relative concession in its own utility; AC_next.", []),
    ];

    /// <summary>
    /// The modifiers a specification may put before a preset, separated by a colon: <c>aware</c>
    /// (<see cref="RatificationAware"/>), e.g. <c>aware:boulware</c>.
    /// </summary>
    public static ImmutableArray<AgentPreset> Modifiers { get; } =
    [
        new(RatificationAware.Modifier, "Ratification-aware (two-level games): offers and accepts only outcomes inside its own win-set as it estimates it and worth its current reservation value; holds when there are none, and walks away after 'patience'. Write aware:NAME, e.g. aware:boulware.",
            [new("patience", "share of the session's time it holds with nothing to sign before walking away, >= 0 (>= 1: never)", RatificationAware.DefaultPatience)]),
    ];

    /// <summary>The preset names, sorted.</summary>
    public static ImmutableArray<string> Names { get; } = [.. All.Select(p => p.Name)];

    /// <summary>The preset with this name (case-insensitive), or null.</summary>
    public static AgentPreset? Find(string name)
    {
        foreach (AgentPreset p in All)
        {
            if (string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return p;
            }
        }

        return null;
    }

    /// <summary>
    /// The agent a specification names: a preset name, optionally followed by <c>(name=value, …)</c>. The agent's
    /// <see cref="Agent.Name"/> is the specification in canonical form (lower case, given parameters only, e.g.
    /// <c>boulware(e=0.1)</c>).
    /// </summary>
    /// <exception cref="InputException">
    /// The name is unknown (the message lists the known ones), a parameter is unknown, or a value is out of range.
    /// </exception>
    public static Agent Create(string specification)
    {
        ArgumentNullException.ThrowIfNull(specification);
        string spec = specification.Trim();
        if (ModifierColon(spec) is int colon and > 0)
        {
            return CreateModified(specification, spec[..colon].Trim(), spec[(colon + 1)..]);
        }

        int open = spec.IndexOf('(', StringComparison.Ordinal);
        string name = (open < 0 ? spec : spec[..open]).Trim();
        var given = new List<(string Key, string Text, double Value)>();
        if (open >= 0)
        {
            if (!spec.EndsWith(')'))
            {
                throw new InputException(NegotiationErrorMessages.BadAgentSpecification(specification));
            }

            string inner = spec[(open + 1)..^1];
            if (inner.Trim().Length > 0)
            {
                foreach (string part in inner.Split(','))
                {
                    int eq = part.IndexOf('=', StringComparison.Ordinal);
                    if (eq <= 0)
                    {
                        throw new InputException(NegotiationErrorMessages.BadAgentSpecification(specification));
                    }

                    string key = part[..eq].Trim().ToLowerInvariant();
                    string text = part[(eq + 1)..].Trim();
                    given.Add((key, text, double.NaN));
                }
            }
        }

        AgentPreset preset = Find(name) ?? throw new InputException(NegotiationErrorMessages.UnknownAgent(name, string.Join(", ", Names)));
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (PresetParameter p in preset.Parameters)
        {
            values[p.Name] = p.Default;
        }

        var canonical = new List<string>();
        foreach ((string key, string text, _) in given)
        {
            PresetParameter? parameter = preset.Parameters.FirstOrDefault(p => p.Name == key);
            if (parameter is null)
            {
                throw new InputException(NegotiationErrorMessages.UnknownParameter(
                    preset.Name, key, string.Join(", ", preset.Parameters.Select(p => p.Name))));
            }

            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) || !IsValid(key, v))
            {
                throw new InputException(NegotiationErrorMessages.BadParameterValue(preset.Name, key, text, parameter.Description));
            }

            values[key] = v;
            canonical.Add(key + "=" + Value.FormatNumber(v));
        }

        string agentName = canonical.Count == 0 ? preset.Name : $"{preset.Name}({string.Join(", ", canonical)})";
        return Build(preset.Name, agentName, values);
    }

    /// <summary>The position of the colon after a leading modifier (outside parentheses), or −1.</summary>
    private static int ModifierColon(string spec)
    {
        int depth = 0;
        for (int i = 0; i < spec.Length; i++)
        {
            switch (spec[i])
            {
                case '(':
                    depth++;
                    break;
                case ')':
                    depth--;
                    break;
                case ':' when depth == 0:
                    return i;
            }
        }

        return -1;
    }

    private static Agent CreateModified(string specification, string modifier, string inner)
    {
        int open = modifier.IndexOf('(', StringComparison.Ordinal);
        string name = (open < 0 ? modifier : modifier[..open]).Trim();
        if (!string.Equals(name, RatificationAware.Modifier, StringComparison.OrdinalIgnoreCase))
        {
            throw new InputException(NegotiationErrorMessages.UnknownModifier(name, string.Join(", ", Modifiers.Select(m => m.Name))));
        }

        double patience = RatificationAware.DefaultPatience;
        string canonical = RatificationAware.Modifier;
        if (open >= 0)
        {
            if (!modifier.EndsWith(')'))
            {
                throw new InputException(NegotiationErrorMessages.BadAgentSpecification(specification));
            }

            string parameters = modifier[(open + 1)..^1];
            if (parameters.Trim().Length > 0)
            {
                foreach (string part in parameters.Split(','))
                {
                    int eq = part.IndexOf('=', StringComparison.Ordinal);
                    if (eq <= 0)
                    {
                        throw new InputException(NegotiationErrorMessages.BadAgentSpecification(specification));
                    }

                    string key = part[..eq].Trim().ToLowerInvariant();
                    string text = part[(eq + 1)..].Trim();
                    PresetParameter parameter = Modifiers[0].Parameters[0];
                    if (key != parameter.Name)
                    {
                        throw new InputException(NegotiationErrorMessages.UnknownParameter(RatificationAware.Modifier, key, parameter.Name));
                    }

                    if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out patience) || !(patience >= 0) || !double.IsFinite(patience))
                    {
                        throw new InputException(NegotiationErrorMessages.BadParameterValue(RatificationAware.Modifier, key, text, parameter.Description));
                    }

                    canonical = $"{RatificationAware.Modifier}(patience={Value.FormatNumber(patience)})";
                }
            }
        }

        Agent wrapped = Create(inner);
        return RatificationAware.Wrap(wrapped, patience, $"{canonical}:{wrapped.Name}");
    }

    private static bool IsValid(string key, double value) => key switch
    {
        "k" => value >= 0 && value <= 1,
        _ => value > 0 && double.IsFinite(value),
    };

    private static Agent Build(string preset, string name, Dictionary<string, double> v) => preset switch
    {
        "boulware" or "conceder" => new Agent(name, new TimeDependentBidding(v["e"], v["k"]), AcceptanceStrategy.Next),
        "linear" => new Agent(name, new TimeDependentBidding(1, v["k"]), AcceptanceStrategy.Next),
        "aspiration" => new Agent(name, new AspirationBidding(v["e"]), AcceptanceStrategy.Next),
        "hardliner" => new Agent(name, new HardlinerBidding(), AcceptanceStrategy.Next),
        "random" => new Agent(name, new RandomBidding(), AcceptanceStrategy.Next),
        "titfortat" => new Agent(name, new RelativeTitForTatBidding(), AcceptanceStrategy.Next),
        "nicetft" => new Agent(name, new NiceTitForTatBidding(), AcceptanceStrategy.Next, new FrequencyOpponentModel(), new BestForOpponentsSelector()),
        "micro" => new Agent(name, new MiCROBidding(), new MiCROAcceptance()),
        _ => throw new InvalidOperationException($"The preset '{preset}' has no builder."),
    };
}
