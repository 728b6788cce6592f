namespace Winset.Model;

/// <summary>
/// A domestic group behind a party (level II): its own preferences over the same issues, its weight in votes,
/// the utility it needs to approve a deal, and how mobilised it is.
/// </summary>
/// <remarks>
/// A constituency approves an outcome when its utility is at least <see cref="Threshold"/>.
/// <see cref="Mobilisation"/> in [0, 1] is how engaged the group is: in a weighted vote its weight counts as
/// Weight × Mobilisation (a demobilised group barely counts; mobilising opponents makes a quota harder to meet);
/// in an all-of, any-of or veto node a constituency with mobilisation 0 is absent and does not block.
/// Immutable.
/// </remarks>
public sealed record Constituency
{
    public Constituency(string name, Profile profile, double weight = 1, double threshold = 0.5, double mobilisation = 1, string? description = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(profile);
        if (!(weight >= 0) || !double.IsFinite(weight))
        {
            throw new ArgumentOutOfRangeException(nameof(weight), weight, $"Constituency '{name}': the weight must be finite and non-negative.");
        }

        if (!double.IsFinite(threshold))
        {
            throw new ArgumentOutOfRangeException(nameof(threshold), threshold, $"Constituency '{name}': the threshold must be finite.");
        }

        if (!(mobilisation >= 0 && mobilisation <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(mobilisation), mobilisation, $"Constituency '{name}': mobilisation should be in range [0-1].");
        }

        Name = name;
        Profile = profile;
        Weight = weight;
        Threshold = threshold;
        Mobilisation = mobilisation;
        Description = description;
    }

    public string Name { get; }

    /// <summary>The group's preferences over the scenario's outcome space.</summary>
    public Profile Profile { get; }

    /// <summary>Its weight in weighted votes (seats, votes, influence), at full mobilisation.</summary>
    public double Weight { get; }

    /// <summary>The least utility at which it approves a deal.</summary>
    public double Threshold { get; }

    /// <summary>How engaged it is, in [0, 1].</summary>
    public double Mobilisation { get; }

    public string? Description { get; }

    /// <summary>True when the group approves an outcome with this utility.</summary>
    public bool Approves(double utility) => utility >= Threshold;

    public Constituency WithThreshold(double threshold) => new(Name, Profile, Weight, threshold, Mobilisation, Description);

    public Constituency WithMobilisation(double mobilisation) => new(Name, Profile, Weight, Threshold, Math.Clamp(mobilisation, 0, 1), Description);
}
