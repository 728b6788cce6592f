using System.Globalization;

namespace Winset.Negotiation;

/// <summary>The texts of the negotiation layer's user-facing errors, so that tests and the CLI assert the same words.</summary>
public static class NegotiationErrorMessages
{
    /// <summary>Neither rounds nor a time budget.</summary>
    public const string NoDeadline = "A session needs a deadline: a number of rounds, a time budget, or both.";

    /// <summary>A non-positive round count.</summary>
    public static string RoundsNotPositive(int rounds) =>
        string.Create(CultureInfo.InvariantCulture, $"The number of rounds must be positive, not {rounds}.");

    /// <summary>A non-positive time budget.</summary>
    public static string TimeBudgetNotPositive(TimeSpan budget) =>
        string.Create(CultureInfo.InvariantCulture, $"The time budget must be positive, not {budget}.");

    /// <summary>An agent count that does not match the parties.</summary>
    public static string AgentCountMismatch(int parties, int agents, string agentNames) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"The scenario has {parties} parties but {agents} agent{(agents == 1 ? string.Empty : "s")} {(agents == 1 ? "was" : "were")} given ({agentNames}); give one agent per party, in party order.");

    /// <summary>An unknown preset name.</summary>
    public static string UnknownAgent(string name, string knownNames) =>
        $"Unknown agent '{name}'. Known agents: {knownNames}.";

    /// <summary>A preset specification that does not parse.</summary>
    public static string BadAgentSpecification(string specification) =>
        $"Cannot read the agent '{specification}': write a name, optionally with parameters, e.g. boulware or boulware(e=0.1).";

    /// <summary>A parameter the preset does not take.</summary>
    public static string UnknownParameter(string agent, string parameter, string known) =>
        known.Length == 0
            ? $"The agent '{agent}' takes no parameters, but '{parameter}' was given."
            : $"The agent '{agent}' has no parameter '{parameter}'. Its parameters: {known}.";

    /// <summary>A parameter value out of range or not a number.</summary>
    public static string BadParameterValue(string agent, string parameter, string value, string expected) =>
        $"The agent '{agent}': parameter '{parameter}' is '{value}', but it must be {expected}.";

    /// <summary>A bidding strategy returned nothing when an offer was required.</summary>
    public const string NoOffer = "The bidding strategy returned no offer.";

    /// <summary>An offered outcome index outside the space.</summary>
    public static string OfferOutOfRange(int index, int count) =>
        string.Create(CultureInfo.InvariantCulture, $"The agent offered outcome {index}, outside the space's 0..{count - 1}.");

    /// <summary>An acceptance strategy returned an undefined decision.</summary>
    public static string BadDecision(int value) =>
        string.Create(CultureInfo.InvariantCulture, $"The acceptance strategy returned the undefined decision {value}.");

    /// <summary>A noise σ outside [0, 1].</summary>
    public static string BadNoise(string what, double value) =>
        string.Create(CultureInfo.InvariantCulture, $"The {what} must be a standard deviation in [0, 1], not {value}.");

    /// <summary>An unknown modifier before a preset name.</summary>
    public static string UnknownModifier(string name, string known) =>
        $"Unknown agent modifier '{name}'. Known modifiers: {known} (write e.g. aware:boulware).";

    /// <summary>A belief bias outside [−1, 1].</summary>
    public static string BadBeliefBias(double value) =>
        string.Create(CultureInfo.InvariantCulture, $"The belief bias must be in [-1, 1], not {value}.");
}
