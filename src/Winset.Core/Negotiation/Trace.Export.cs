using System.Globalization;

namespace Winset.Negotiation;

public sealed partial class Trace
{
    /// <summary>
    /// Writes one JSON object per move and line:
    /// <c>{"round":1,"turn":0,"time":0,"party":0,"name":"party1","action":"offer","outcome":17,"utilities":[1,0.35]}</c>.
    /// <c>outcome</c> and the utilities are null for a walk-away or a hold; numbers are invariant and round-trip (shortest "R" form).
    /// Lines end with "\n" whatever the platform.
    /// </summary>
    public void WriteJsonLines(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        Span<char> buffer = stackalloc char[32];
        for (int i = 0; i < _count; i++)
        {
            Move m = _moves[i];
            writer.Write("{\"round\":");
            WriteInt(writer, m.Round, buffer);
            writer.Write(",\"turn\":");
            WriteInt(writer, m.Turn, buffer);
            writer.Write(",\"time\":");
            WriteDouble(writer, m.Time, buffer, "null");
            writer.Write(",\"party\":");
            WriteInt(writer, m.Party, buffer);
            writer.Write(",\"name\":");
            WriteJsonString(writer, PartyNames[m.Party]);
            writer.Write(",\"action\":\"");
            writer.Write(ActionName(m.Action));
            writer.Write("\",\"outcome\":");
            if (m.Outcome is { } o)
            {
                WriteInt(writer, o.Value, buffer);
            }
            else
            {
                writer.Write("null");
            }

            writer.Write(",\"utilities\":[");
            ReadOnlySpan<double> u = Utilities(i);
            for (int p = 0; p < u.Length; p++)
            {
                if (p > 0)
                {
                    writer.Write(',');
                }

                WriteDouble(writer, u[p], buffer, "null");
            }

            writer.Write("]}\n");
        }
    }

    /// <summary>
    /// Writes a header and one row per move: <c>round,turn,time,party,name,action,outcome,u_&lt;party name&gt;…</c>.
    /// Outcome and utilities are empty for a walk-away; names are quoted when they hold a comma, quote or line break.
    /// Numbers are invariant and round-trip; lines end with "\n".
    /// </summary>
    public void WriteCsv(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write("round,turn,time,party,name,action,outcome");
        foreach (string name in PartyNames)
        {
            writer.Write(',');
            WriteCsvField(writer, "u_" + name);
        }

        writer.Write('\n');
        Span<char> buffer = stackalloc char[32];
        for (int i = 0; i < _count; i++)
        {
            Move m = _moves[i];
            WriteInt(writer, m.Round, buffer);
            writer.Write(',');
            WriteInt(writer, m.Turn, buffer);
            writer.Write(',');
            WriteDouble(writer, m.Time, buffer, string.Empty);
            writer.Write(',');
            WriteInt(writer, m.Party, buffer);
            writer.Write(',');
            WriteCsvField(writer, PartyNames[m.Party]);
            writer.Write(',');
            writer.Write(ActionName(m.Action));
            writer.Write(',');
            if (m.Outcome is { } o)
            {
                WriteInt(writer, o.Value, buffer);
            }

            ReadOnlySpan<double> u = Utilities(i);
            for (int p = 0; p < u.Length; p++)
            {
                writer.Write(',');
                WriteDouble(writer, u[p], buffer, string.Empty);
            }

            writer.Write('\n');
        }
    }

    /// <summary>The name of an action in exports: <c>offer</c>, <c>accept</c>, <c>walkaway</c>, <c>hold</c>.</summary>
    public static string ActionName(MoveAction action) => action switch
    {
        MoveAction.Offer => "offer",
        MoveAction.Accept => "accept",
        MoveAction.WalkAway => "walkaway",
        MoveAction.Hold => "hold",
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, "Not a move action."),
    };

    private static void WriteInt(TextWriter writer, int value, Span<char> buffer)
    {
        value.TryFormat(buffer, out int written, default, CultureInfo.InvariantCulture);
        writer.Write(buffer[..written]);
    }

    private static void WriteDouble(TextWriter writer, double value, Span<char> buffer, string whenNotFinite)
    {
        if (!double.IsFinite(value))
        {
            writer.Write(whenNotFinite);
            return;
        }

        value.TryFormat(buffer, out int written, "R", CultureInfo.InvariantCulture);
        writer.Write(buffer[..written]);
    }

    private static void WriteJsonString(TextWriter writer, string text)
    {
        writer.Write('"');
        foreach (char c in text)
        {
            switch (c)
            {
                case '"':
                    writer.Write("\\\"");
                    break;
                case '\\':
                    writer.Write("\\\\");
                    break;
                case '\n':
                    writer.Write("\\n");
                    break;
                case '\r':
                    writer.Write("\\r");
                    break;
                case '\t':
                    writer.Write("\\t");
                    break;
                default:
                    if (c < 0x20)
                    {
                        writer.Write("\\u");
                        writer.Write(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        writer.Write(c);
                    }

                    break;
            }
        }

        writer.Write('"');
    }

    private static void WriteCsvField(TextWriter writer, string text)
    {
        if (text.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            writer.Write(text);
            return;
        }

        writer.Write('"');
        writer.Write(text.Replace("\"", "\"\"", StringComparison.Ordinal));
        writer.Write('"');
    }
}
