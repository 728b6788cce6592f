namespace Winset.Negotiation.Agents;

/// <summary>A parameter of a preset, written <c>name=value</c> in parentheses after the preset's name.</summary>
/// <param name="Name">The parameter's name, e.g. <c>e</c>.</param>
/// <param name="Description">What it means and its allowed range.</param>
/// <param name="Default">The preset's value.</param>
public sealed record PresetParameter(string Name, string Description, double Default);
