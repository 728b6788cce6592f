using Winset.Model;

namespace Winset.Negotiation.Agents.OpponentModels;

/// <summary>
/// The frequency opponent model of GENIUS's <c>HardHeadedFrequencyModel</c> (van Krimpen et al., ANAC 2011) and
/// NegMAS: an opponent is assumed linear-additive; an issue whose value it did not change between two consecutive
/// offers gains weight, and a value it offers often gains evaluation.
/// </summary>
/// <remarks>
/// <para>Per other party: weights start at 1/m for m issues. After each offer that keeps the values of u issues
/// unchanged from its previous offer, each unchanged weight gains γ = <see cref="LearningRate"/>/m and all weights are
/// divided by 1 + u·γ (so they keep summing to 1). Every offered value's count grows by 1 (counts start at 1).
/// The estimated utility is Σᵢ wᵢ·count(vᵢ)/max_v count(v), in [0, 1].</para>
/// <para>Memory per opponent: m doubles and one counter per value of every issue; an update or an estimate costs
/// O(m). Continuous (real) issues are counted on their grid.</para>
/// </remarks>
public sealed class FrequencyOpponentModel : OpponentModel
{
    /// <summary>A frequency model with learning rate γ·m (GENIUS's learnCoef, default 0.2).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The rate is outside [0, 1].</exception>
    public FrequencyOpponentModel(double learningRate = 0.2)
    {
        if (!(learningRate >= 0 && learningRate <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(learningRate), learningRate, "Value should be in range [0-1]");
        }

        LearningRate = learningRate;
    }

    /// <summary>GENIUS's learnCoef: the total weight gain per offer if every issue stayed unchanged.</summary>
    public double LearningRate { get; }

    /// <inheritdoc/>
    public override IOpponentModel Start(SessionContext context) => new State(context, LearningRate);

    /// <inheritdoc/>
    public override string Describe() => $"Frequency(learningRate={Value.FormatNumber(LearningRate)})";

    private sealed class State : IOpponentModel
    {
        private readonly OutcomeSpace _space;
        private readonly int _issues;
        private readonly int[] _offsets;
        private readonly double _golden;
        private readonly Opponent?[] _opponents;
        private readonly int[] _current;
        private readonly int[] _previous;

        public State(SessionContext context, double learningRate)
        {
            _space = context.Space;
            ReadOnlySpan<int> radix = _space.Radix;
            _issues = radix.Length;
            _offsets = new int[_issues + 1];
            for (int i = 0; i < _issues; i++)
            {
                _offsets[i + 1] = _offsets[i] + radix[i];
            }

            _golden = learningRate / _issues;
            _opponents = new Opponent?[context.PartyCount];
            for (int p = 0; p < _opponents.Length; p++)
            {
                if (p != context.PartyIndex)
                {
                    _opponents[p] = new Opponent(_issues, _offsets[_issues]);
                }
            }

            _current = new int[_issues];
            _previous = new int[_issues];
        }

        public void Update(int party, OutcomeIndex offer)
        {
            if (_opponents[party] is not { } op)
            {
                return;
            }

            _space.Decode(offer, _current);
            if (op.Previous >= 0)
            {
                _space.Decode(new OutcomeIndex(op.Previous), _previous);
                int unchanged = 0;
                for (int i = 0; i < _issues; i++)
                {
                    if (_current[i] == _previous[i])
                    {
                        unchanged++;
                    }
                }

                if (unchanged > 0 && _golden > 0)
                {
                    double total = 1 + (_golden * unchanged);
                    for (int i = 0; i < _issues; i++)
                    {
                        op.Weights[i] = (op.Weights[i] + (_current[i] == _previous[i] ? _golden : 0)) / total;
                    }
                }
            }

            for (int i = 0; i < _issues; i++)
            {
                int c = ++op.Counts[_offsets[i] + _current[i]];
                if (c > op.MaxCount[i])
                {
                    op.MaxCount[i] = c;
                }
            }

            op.Previous = offer.Value;
        }

        public double EstimatedUtility(int party, OutcomeIndex outcome)
        {
            if ((uint)party >= (uint)_opponents.Length || _opponents[party] is not { } op)
            {
                return 0;
            }

            Span<int> values = _issues <= 64 ? stackalloc int[_issues] : new int[_issues];
            _space.Decode(outcome, values);
            double u = 0;
            for (int i = 0; i < _issues; i++)
            {
                u += op.Weights[i] * op.Counts[_offsets[i] + values[i]] / op.MaxCount[i];
            }

            return u;
        }

        private sealed class Opponent
        {
            public Opponent(int issues, int values)
            {
                Weights = new double[issues];
                Array.Fill(Weights, 1.0 / issues);
                Counts = new int[values];
                Array.Fill(Counts, 1);
                MaxCount = new int[issues];
                Array.Fill(MaxCount, 1);
            }

            public double[] Weights { get; }

            public int[] Counts { get; }

            public int[] MaxCount { get; }

            public int Previous { get; set; } = -1;
        }
    }
}
