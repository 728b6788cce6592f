namespace Winset.Model;

/// <summary>A negotiator at the table (level I) and its preferences.</summary>
public sealed record Party
{
    public Party(string name, Profile profile)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
        Profile = profile ?? throw new ArgumentNullException(nameof(profile));
    }

    public string Name { get; }

    public Profile Profile { get; }
}
