using CsCheck;
using Winset.Analysis.Perspective;
using Winset.Diagnostics;
using Winset.Model;

namespace Winset.Core.Tests.Perspective;

public class CommunicationModelTests
{
    private static readonly SpeechAct[] Acts = Enum.GetValues<SpeechAct>();

    private static readonly Gen<double> Unit = Gen.Double[0, 1];

    private static readonly Gen<CommunicationProfile> Profiles = Gen.Select(Unit, Unit, Unit, (d, f, a) => new CommunicationProfile(d, f, a));

    private static readonly Gen<SpeechAct> AnyAct = Gen.Int[0, Acts.Length - 1].Select(i => Acts[i]);

    [Fact]
    public void Read_EveryActAtEveryCornerProfile_StaysInUnitInterval()
    {
        double[] corners = [0, 1];
        foreach (SpeechAct act in Acts)
        {
            foreach (double d in corners)
            {
                foreach (double f in corners)
                {
                    foreach (double a in corners)
                    {
                        Meaning m = CommunicationModel.Read(act, new CommunicationProfile(d, f, a));
                        foreach (MeaningDimension dim in Meaning.Dimensions)
                        {
                            m[dim].ShouldBeInRange(0, 1 + 1e-12, $"{act} at ({d}, {f}, {a}) on {dim}");
                        }
                    }
                }
            }
        }
    }

    [Fact]
    public void Read_FullyLowContextNeutralListener_IsTheLiteralForce()
    {
        foreach (SpeechAct act in Acts)
        {
            CommunicationModel.Read(act, new CommunicationProfile(1, 0, 0)).ShouldBe(CommunicationModel.Force(act).Literal);
        }
    }

    [Fact]
    public void Mismatch_IdenticalProfiles_IsZeroAndNotFlagged()
    {
        Gen.Select(AnyAct, Profiles).Sample((act, p) =>
        {
            MeaningMismatch m = CommunicationModel.Mismatch(act, p, p with { });
            m.Size.ShouldBe(0);
            m.IsFlagged.ShouldBeFalse();
        });
    }

    [Fact]
    public void Mismatch_ReceiverMovesAwayFromSender_AppearsAndGrowsMonotonically()
    {
        // Given a sender's profile and a direction, when the receiver's profile moves from the sender's along that
        // direction (t1 < t2), then the mismatch is positive once they differ and never shrinks.
        var directions = Gen.Select(Gen.Double[-1, 1], Gen.Double[-1, 1], Gen.Double[-1, 1]);
        Gen.Select(AnyAct, Profiles, directions, Gen.Double[0, 1], Gen.Double[0, 1]).Sample((act, s, v, x, y) =>
        {
            // The largest step that keeps the receiver inside [0, 1]^3.
            double tMax = MaxStep(s, v);
            double t1 = Math.Min(x, y) * tMax;
            double t2 = Math.Max(x, y) * tMax;
            double m1 = CommunicationModel.Mismatch(act, s, Along(s, v, t1)).Size;
            double m2 = CommunicationModel.Mismatch(act, s, Along(s, v, t2)).Size;
            m2.ShouldBeGreaterThanOrEqualTo(m1 - 1e-12);
            double norm = Math.Abs(v.Item1) + Math.Abs(v.Item2) + Math.Abs(v.Item3);
            if (t2 * norm > 1e-6)
            {
                m2.ShouldBeGreaterThan(0, $"{act}: a receiver {t2 * norm} away must hear something else");
            }
        });
    }

    [Fact]
    public void Mismatch_DirectnessGapWidens_GrowsStrictly()
    {
        var sender = new CommunicationProfile(0.9, 0.5, 0.5);
        double previous = -1;
        for (double d = 0.9; d >= 0; d -= 0.1)
        {
            double m = CommunicationModel.Mismatch(SpeechAct.ConditionalOffer, sender, sender with { Directness = d }).Size;
            m.ShouldBeGreaterThan(previous);
            previous = m;
        }

        previous.ShouldBeGreaterThan(CommunicationModel.MismatchThreshold);
    }

    [Fact]
    public void Read_ConditionalOffer_LowContextMeansGenerosity_HighContextFaceSensitiveHearsSupplication()
    {
        Meaning meant = CommunicationModel.Read(SpeechAct.ConditionalOffer, PerspectiveFixtures.LowContext);
        Meaning heard = CommunicationModel.Read(SpeechAct.ConditionalOffer, PerspectiveFixtures.HighContext);
        meant.Dominant.ShouldBe(MeaningDimension.Generosity);
        heard.Dominant.ShouldBe(MeaningDimension.FaceThreat);
        MeaningPhrases.Of(SpeechAct.ConditionalOffer, heard.Dominant).ShouldBe("a request to become a supplicant");
        MeaningMismatch m = MeaningMismatch.Between(meant, heard);
        m.Dimension.ShouldBe(MeaningDimension.FaceThreat);
        m.IsFlagged.ShouldBeTrue();
    }

    [Fact]
    public void FaceCost_IsFaceSensitivityTimesPerceivedThreatTimesUtility()
    {
        var p = new CommunicationProfile(0.3, 0.8, 0.5);
        Meaning heard = CommunicationModel.Read(SpeechAct.ConditionalOffer, p);
        CommunicationModel.FaceCost(SpeechAct.ConditionalOffer, p, heard, 0.61).ShouldBe(0.8 * heard.FaceThreat * 0.61, 1e-15);
        CommunicationModel.FaceCost(SpeechAct.Reject, p, heard, 0.61).ShouldBe(0);
        CommunicationModel.AudienceCost(SpeechAct.Ultimatum, isPublic: false, p, heard, 0.61).ShouldBe(0);
        CommunicationModel.AudienceCost(SpeechAct.Ultimatum, isPublic: true, p, heard, 0.61).ShouldBe(0.5 * heard.Pressure * 0.61, 1e-15);
    }

    [Fact]
    public void With_UnknownParameter_ThrowsInputExceptionListingTheKnownOnes()
    {
        var e = Should.Throw<InputException>(() => CommunicationParameters.With(CommunicationProfile.Default, "politeness", 0.3));
        e.Message.ShouldBe("unknown communication parameter 'politeness'; expected one of: directness, faceSensitivity, audienceCost.");
        Should.Throw<InputException>(() => CommunicationParameters.With(CommunicationProfile.Default, "directness", 1.5))
            .Message.ShouldBe("expected directness between 0 and 1, found 1.5.");
        CommunicationParameters.With(CommunicationProfile.Default, "faceSensitivity", 0.9).FaceSensitivity.ShouldBe(0.9);
    }

    private static CommunicationProfile Along(CommunicationProfile s, (double, double, double) v, double t) =>
        new(Math.Clamp(s.Directness + (t * v.Item1), 0, 1), Math.Clamp(s.FaceSensitivity + (t * v.Item2), 0, 1), Math.Clamp(s.AudienceCost + (t * v.Item3), 0, 1));

    private static double MaxStep(CommunicationProfile s, (double, double, double) v)
    {
        double t = double.PositiveInfinity;
        foreach (var (x, dx) in new[] { (s.Directness, v.Item1), (s.FaceSensitivity, v.Item2), (s.AudienceCost, v.Item3) })
        {
            if (dx > 0)
            {
                t = Math.Min(t, (1 - x) / dx);
            }
            else if (dx < 0)
            {
                t = Math.Min(t, x / -dx);
            }
        }

        return double.IsPositiveInfinity(t) ? 0 : t;
    }
}
