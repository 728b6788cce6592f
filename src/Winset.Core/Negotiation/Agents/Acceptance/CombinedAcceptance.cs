using Winset.Model;

namespace Winset.Negotiation.Agents.Acceptance;

/// <summary>
/// AC_combi: acceptance conditions combined by conjunction, disjunction or negation. Build it with
/// <see cref="AcceptanceStrategy.All"/>, <see cref="AcceptanceStrategy.Any"/> and <see cref="AcceptanceStrategy.Not"/>.
/// </summary>
public sealed class CombinedAcceptance : AcceptanceStrategy
{
    private readonly AcceptanceStrategy[] _parts;

    internal CombinedAcceptance(Mode mode, AcceptanceStrategy[] parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        if (parts.Length == 0)
        {
            throw new ArgumentException("A combination needs at least one acceptance strategy.", nameof(parts));
        }

        foreach (AcceptanceStrategy p in parts)
        {
            ArgumentNullException.ThrowIfNull(p, nameof(parts));
        }

        How = mode;
        _parts = (AcceptanceStrategy[])parts.Clone();
    }

    /// <summary>How the parts combine.</summary>
    public enum Mode
    {
        /// <summary>Accept when every part accepts.</summary>
        All,

        /// <summary>Accept when some part accepts.</summary>
        Any,

        /// <summary>Swap Accept and Reject of the single part.</summary>
        Not,
    }

    /// <summary>How the parts combine.</summary>
    public Mode How { get; }

    /// <summary>The combined strategies, in order.</summary>
    public IReadOnlyList<AcceptanceStrategy> Parts => _parts;

    /// <inheritdoc/>
    public override IAcceptanceStrategy Start(SessionContext context, IOpponentModel? model)
    {
        var states = new IAcceptanceStrategy[_parts.Length];
        for (int i = 0; i < states.Length; i++)
        {
            states[i] = _parts[i].Start(context, model);
        }

        return new State(How, states);
    }

    /// <inheritdoc/>
    public override string Describe() => How switch
    {
        Mode.Not => $"Not({_parts[0].Describe()})",
        _ => $"{How}({string.Join(", ", _parts.Select(p => p.Describe()))})",
    };

    private sealed class State(Mode mode, IAcceptanceStrategy[] parts) : IAcceptanceStrategy
    {
        public Decision Decide(OutcomeIndex offer, Bid planned)
        {
            switch (mode)
            {
                case Mode.Not:
                    Decision d = parts[0].Decide(offer, planned);
                    return d == Decision.Accept ? Decision.Reject : d == Decision.Reject ? Decision.Accept : d;
                case Mode.All:
                    foreach (IAcceptanceStrategy p in parts)
                    {
                        Decision a = p.Decide(offer, planned);
                        if (a != Decision.Accept)
                        {
                            return a;
                        }
                    }

                    return Decision.Accept;
                default:
                    foreach (IAcceptanceStrategy p in parts)
                    {
                        Decision a = p.Decide(offer, planned);
                        if (a != Decision.Reject)
                        {
                            return a;
                        }
                    }

                    return Decision.Reject;
            }
        }
    }
}
