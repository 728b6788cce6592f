using Winset.Model;

namespace Winset.Negotiation.Agents.Acceptance;

/// <summary>AC_time(T): accept any standing offer once normalised time t ≥ T.</summary>
public sealed class AcceptAfterTime : AcceptanceStrategy
{
    /// <summary>AC_time(T).</summary>
    /// <exception cref="ArgumentOutOfRangeException">T is outside [0, 1].</exception>
    public AcceptAfterTime(double time)
    {
        if (!(time >= 0 && time <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(time), time, "Value should be in range [0-1]");
        }

        Time = time;
    }

    /// <summary>The time T.</summary>
    public double Time { get; }

    /// <inheritdoc/>
    public override IAcceptanceStrategy Start(SessionContext context, IOpponentModel? model) => new State(context.Session, Time);

    /// <inheritdoc/>
    public override string Describe() => $"AC_time({Value.FormatNumber(Time)})";

    private sealed class State(SessionView view, double time) : IAcceptanceStrategy
    {
        public Decision Decide(OutcomeIndex offer, Bid planned) => view.Time >= time ? Decision.Accept : Decision.Reject;
    }
}
