using System.Collections.Concurrent;
using System.Security.Cryptography;
using Winset.Diagnostics;
using Winset.Web.Api;
using Winset.Web.Hosting;
using Winset.Web.Library;

namespace Winset.Web.Rehearsal;

/// <summary>The rehearsals in progress, by random id; the least recently used goes when there are too many.</summary>
internal sealed class RehearsalStore(WinsetWebOptions options)
{
    private readonly ConcurrentDictionary<string, RehearsalSession> _sessions = new(StringComparer.Ordinal);

    /// <exception cref="InputException">The side, agent or deadline is not valid.</exception>
    public RehearsalSession Start(LibraryEntry entry, RehearsalRequest request)
    {
        int parties = entry.Scenario.Parties.Length;
        int side = request.Side ?? 0;
        if (side < 0 || side >= parties)
        {
            throw new InputException($"'side' must be a party index from 0 to {parties - 1} ({string.Join(", ", entry.Scenario.Parties.Select((p, i) => $"{i} = {p.Name}"))}), not {side}.");
        }

        int rounds = RunService.CheckRounds(request.Rounds ?? RehearsalSession.DefaultRounds, options.MaxRounds);
        string id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
        var session = new RehearsalSession(id, entry, side, string.IsNullOrWhiteSpace(request.Agent) ? RehearsalSession.DefaultAgent : request.Agent, rounds, request.Seed ?? 0);
        _sessions[id] = session;
        while (_sessions.Count > options.MaxRehearsals)
        {
            var oldest = _sessions.Values.MinBy(s => s.LastUsed);
            if (oldest is null || !_sessions.TryRemove(oldest.Id, out _))
            {
                break;
            }
        }

        return session;
    }

    /// <exception cref="NotFoundException">No rehearsal has that id.</exception>
    public RehearsalSession Get(string id) =>
        _sessions.TryGetValue(id, out RehearsalSession? s) ? s : throw new NotFoundException("no rehearsal has this id (it may have expired); start a new one with POST /api/rehearsals.");
}
