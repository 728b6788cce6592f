using System.Collections.Immutable;

namespace Winset.Model;

/// <summary>
/// The political state of a scenario at one moment: each party's reservation value and each constituency's
/// threshold and mobilisation. Events move it; win-sets are computed from it. Immutable: <see cref="Apply"/>
/// returns a new state.
/// </summary>
public sealed class LevelTwoState
{
    private LevelTwoState(ImmutableArray<double> reservations, ImmutableArray<ImmutableArray<double>> thresholds, ImmutableArray<ImmutableArray<double>> mobilisations)
    {
        Reservations = reservations;
        Thresholds = thresholds;
        Mobilisations = mobilisations;
    }

    /// <summary>Each party's reservation value.</summary>
    public ImmutableArray<double> Reservations { get; }

    /// <summary>Per party, each constituency's threshold.</summary>
    public ImmutableArray<ImmutableArray<double>> Thresholds { get; }

    /// <summary>Per party, each constituency's mobilisation.</summary>
    public ImmutableArray<ImmutableArray<double>> Mobilisations { get; }

    /// <summary>The state the scenario file describes, before any event.</summary>
    public static LevelTwoState Initial(Scenario scenario) => new(
        [.. scenario.Parties.Select(p => p.Profile.ReservationValue)],
        [.. scenario.Parties.Select(p => p.Constituencies.Select(c => c.Threshold).ToImmutableArray())],
        [.. scenario.Parties.Select(p => p.Constituencies.Select(c => c.Mobilisation).ToImmutableArray())]);

    /// <summary>
    /// The state after an event. A disclosure needs the offer: the event's own, or else <paramref name="standingOffer"/>
    /// (ignored when both are null).
    /// </summary>
    public LevelTwoState Apply(TimelineEvent e, Scenario scenario, Outcome? standingOffer = null)
    {
        var reservations = Reservations.ToBuilder();
        var thresholds = Thresholds.Select(t => t.ToBuilder()).ToArray();
        var mobilisations = Mobilisations.Select(m => m.ToBuilder()).ToArray();
        foreach (StateChange c in e.Changes)
        {
            switch (c.Target)
            {
                case ChangeTarget.Reservation:
                    reservations[c.Party] = c.Relative ? reservations[c.Party] + c.Value : c.Value;
                    break;
                case ChangeTarget.Threshold:
                    thresholds[c.Party][c.Constituency!.Value] = c.Relative ? thresholds[c.Party][c.Constituency.Value] + c.Value : c.Value;
                    break;
                default:
                    double m = c.Relative ? mobilisations[c.Party][c.Constituency!.Value] + c.Value : c.Value;
                    mobilisations[c.Party][c.Constituency!.Value] = Math.Clamp(m, 0, 1);
                    break;
            }
        }

        if (e.Disclosure is { } d && (d.Offer ?? standingOffer) is { } offer)
        {
            var constituencies = scenario.Parties[d.Party].Constituencies;
            for (int k = 0; k < constituencies.Length; k++)
            {
                if (constituencies[k].Profile.Utility(offer) < thresholds[d.Party][k])
                {
                    mobilisations[d.Party][k] = Math.Max(mobilisations[d.Party][k], Math.Clamp(d.Mobilisation, 0, 1));
                }
            }
        }

        return new LevelTwoState(
            reservations.ToImmutable(),
            [.. thresholds.Select(t => t.ToImmutable())],
            [.. mobilisations.Select(m => m.ToImmutable())]);
    }

    /// <summary>A copy with every constituency threshold shifted by a per-constituency amount (noise draws).</summary>
    public LevelTwoState WithThresholdShifts(Func<int, int, double> shift) => new(
        Reservations,
        [.. Thresholds.Select((t, p) => t.Select((x, k) => x + shift(p, k)).ToImmutableArray())],
        Mobilisations);
}
