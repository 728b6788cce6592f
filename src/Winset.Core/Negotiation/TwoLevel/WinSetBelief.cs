using Winset.Analysis.TwoLevel;
using Winset.Model;

namespace Winset.Negotiation.TwoLevel;

/// <summary>
/// What one negotiator believes, at the current turn of a two-level session, about what its home would ratify: its
/// estimated win-set (see <see cref="Information"/>), its current reservation value, and the outcomes it may sign
/// (inside its win-set and worth at least that value). Under <see cref="TwoLevel.Information.Complete"/> also the
/// believed agreement space. The engine updates it at the start of a round when an event changed the state.
/// </summary>
/// <remarks>
/// Read-only to agents. The lists are sorted by the party's own utility, best first, so that "the nearest outcome I
/// may sign to a target utility" is one binary search. Not thread-safe (a session runs on one thread).
/// </remarks>
public sealed class WinSetBelief
{
    private readonly double[] _utilities;
    private InSetList _own = null!;
    private int[] _joint = [];
    private double[] _jointUtilities = [];
    private int _jointCount;

    internal WinSetBelief(int party, Information information, double[] utilities)
    {
        Party = party;
        Information = information;
        _utilities = utilities;
    }

    /// <summary>The party whose belief this is.</summary>
    public int Party { get; }

    /// <summary>What the negotiator knows (see <see cref="TwoLevel.Information"/>).</summary>
    public Information Information { get; }

    /// <summary>Increases every time the belief changes (an event at the start of a round).</summary>
    public int Version { get; private set; }

    /// <summary>The party's current reservation value (undiscounted; reservation shocks move it).</summary>
    public double Reservation { get; private set; }

    /// <summary>The party's win-set as it estimates it.</summary>
    public OutcomeSet WinSet => _own.Set;

    /// <summary>The members of the estimated win-set, best first for the party.</summary>
    public ReadOnlySpan<int> Outcomes => _own.Outcomes;

    /// <summary>The party's utility of each of <see cref="Outcomes"/> (descending).</summary>
    public ReadOnlySpan<double> Utilities => _own.Utilities;

    /// <summary>
    /// How many of <see cref="Outcomes"/> (a prefix) are worth at least <see cref="Reservation"/>: the outcomes the
    /// negotiator may sign. 0 means it has nothing to sign.
    /// </summary>
    public int AcceptableCount { get; private set; }

    /// <summary>
    /// Under complete information, the acceptable outcomes that are also inside every other party's (true) win-set,
    /// best first; empty otherwise.
    /// </summary>
    public ReadOnlySpan<int> JointOutcomes => _joint.AsSpan(0, _jointCount);

    /// <summary>The party's utility of each of <see cref="JointOutcomes"/> (descending).</summary>
    public ReadOnlySpan<double> JointUtilities => _jointUtilities.AsSpan(0, _jointCount);

    /// <summary>True when the negotiator may sign the outcome: inside its estimated win-set and worth ≥ its reservation.</summary>
    public bool IsAcceptable(OutcomeIndex outcome) => _own.Set.Contains(outcome) && _utilities[outcome.Value] >= Reservation;

    internal void Update(InSetList own, InSetList?[]? others, double reservation)
    {
        _own = own;
        Reservation = reservation;
        AcceptableCount = InSetList.CountAtLeast(own.Utilities, reservation);
        _jointCount = 0;
        if (others is not null)
        {
            if (_joint.Length < AcceptableCount)
            {
                _joint = new int[AcceptableCount];
                _jointUtilities = new double[AcceptableCount];
            }

            for (int i = 0; i < AcceptableCount; i++)
            {
                var o = new OutcomeIndex(own.Outcomes[i]);
                bool all = true;
                foreach (InSetList? other in others)
                {
                    if (other is not null && !other.Set.Contains(o))
                    {
                        all = false;
                        break;
                    }
                }

                if (all)
                {
                    _joint[_jointCount] = o.Value;
                    _jointUtilities[_jointCount] = own.Utilities[i];
                    _jointCount++;
                }
            }
        }

        Version++;
    }
}
