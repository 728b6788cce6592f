namespace Winset.Model;

/// <summary>
/// A move recorded in a scenario (a historical exchange, or a hypothetical one to examine): who said what, with
/// which speech act, carrying which offer, when, and whether in public.
/// </summary>
/// <param name="Label">A short description.</param>
/// <param name="Sender">The sending party's position.</param>
/// <param name="Act">The speech act.</param>
/// <param name="Offer">The terms the move refers to (for accept/reject: the offer accepted or declined), or null.</param>
/// <param name="Round">The round it happens in (1 when the scenario has no timeline).</param>
/// <param name="Date">The calendar date, when given.</param>
/// <param name="Public">True when the move is made in public (home audiences hear it).</param>
/// <param name="Quote">The words used, when known.</param>
public sealed record ScriptedMove(string Label, int Sender, SpeechAct Act, Outcome? Offer, int Round = 1, DateOnly? Date = null, bool Public = false, string? Quote = null);
