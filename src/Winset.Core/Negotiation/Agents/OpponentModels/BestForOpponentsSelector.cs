using Winset.Model;

namespace Winset.Negotiation.Agents.OpponentModels;

/// <summary>
/// An offer selector (GENIUS's OMStrategy "best bid"): among the <see cref="Window"/> outcomes whose utility for us is
/// just at or above the target, offers the one whose lowest estimated utility over the other parties is highest
/// (ties: the better one for us). Without an opponent model it offers the outcome with the lowest utility ≥ target.
/// </summary>
/// <remarks>O(log n + Window·m) per turn for m issues: a binary search and a bounded window, never a scan.</remarks>
public sealed class BestForOpponentsSelector : OfferSelector
{
    /// <summary>A selector looking at <paramref name="window"/> candidates (at least 1).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The window is below 1.</exception>
    public BestForOpponentsSelector(int window = 20)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(window, 1);
        Window = window;
    }

    /// <summary>The number of candidate outcomes.</summary>
    public int Window { get; }

    /// <inheritdoc/>
    public override IOfferSelector Start(SessionContext context, IOpponentModel? model) =>
        new State(context.SortedIndex, model, context.PartyIndex, context.PartyCount, Window);

    /// <inheritdoc/>
    public override string Describe() => $"BestForOpponents(window={Window})";

    private sealed class State(SortedUtilityIndex index, IOpponentModel? model, int self, int parties, int window) : IOfferSelector
    {
        public int SelectRank(double target)
        {
            int count = index.CountAtLeast(target);
            if (count == 0)
            {
                return 0;
            }

            if (model is null)
            {
                return count - 1;
            }

            int best = count - 1;
            double bestValue = double.NegativeInfinity;
            for (int r = Math.Max(0, count - window); r < count; r++)
            {
                OutcomeIndex o = index.OutcomeAt(r);
                double worst = double.PositiveInfinity;
                for (int q = 0; q < parties; q++)
                {
                    if (q != self)
                    {
                        worst = Math.Min(worst, model.EstimatedUtility(q, o));
                    }
                }

                if (worst > bestValue)
                {
                    bestValue = worst;
                    best = r;
                }
            }

            return best;
        }
    }
}
