using System.Text;

namespace Winset.Formats.Text;

/// <summary>
/// Repairs the ways real GENIUS files break XML, which GENIUS's own lenient <c>SimpleDOMParser</c> accepts
/// (FORMAT.md §1.3): a bare <c>&amp;</c> in a value, text or a comment before <c>&lt;?xml ...?&gt;</c>, and attributes
/// glued together (<c>type="discrete"vtype="discrete"</c>).
/// </summary>
/// <remarks>
/// Lines are kept where they were, so parser errors point at the user's line; a repair on a line shifts later columns
/// of that line by the characters it inserts. Only the five predefined entities and character references are kept as
/// entities: any other <c>&amp;name;</c> stays literal text, as GENIUS (which never decodes entities) would read it.
/// </remarks>
internal static class XmlSanitizer
{
    private static readonly string[] Predefined = ["amp;", "lt;", "gt;", "quot;", "apos;"];

    /// <summary>The repaired text.</summary>
    public static string Sanitize(string text)
    {
        var chars = text.ToCharArray();
        BlankProlog(chars);
        var sb = new StringBuilder(chars.Length + 16);
        int i = 0;
        int n = chars.Length;
        while (i < n)
        {
            char c = chars[i];
            if (c == '<')
            {
                if (At(chars, i, "<!--"))
                {
                    i = CopyUntil(chars, i, "-->", sb);
                }
                else if (At(chars, i, "<![CDATA["))
                {
                    i = CopyUntil(chars, i, "]]>", sb);
                }
                else if (At(chars, i, "<?"))
                {
                    i = CopyUntil(chars, i, "?>", sb);
                }
                else if (At(chars, i, "<!"))
                {
                    i = CopyUntil(chars, i, ">", sb);
                }
                else
                {
                    i = CopyTag(chars, i, sb);
                }
            }
            else if (c == '&')
            {
                AppendAmpersand(chars, i, sb);
                i++;
            }
            else
            {
                sb.Append(c);
                i++;
            }
        }

        return sb.ToString();
    }

    /// <summary>
    /// Blanks the XML declaration and anything before it (GENIUS skips it; System.Xml forbids anything before it),
    /// and any stray text before the first markup. Newlines stay, so line numbers do not move.
    /// </summary>
    private static void BlankProlog(char[] chars)
    {
        int firstMarkup = Array.IndexOf(chars, '<');
        if (firstMarkup < 0)
        {
            return;
        }

        int end = firstMarkup;
        int decl = IndexOf(chars, "<?xml", 0);
        if (decl >= 0 && !HasElementBefore(chars, decl))
        {
            int close = IndexOf(chars, "?>", decl);
            end = close < 0 ? decl : close + 2;
        }

        for (int k = 0; k < end; k++)
        {
            if (chars[k] is not ('\n' or '\r'))
            {
                chars[k] = ' ';
            }
        }
    }

    private static bool HasElementBefore(char[] chars, int end)
    {
        for (int k = 0; k + 1 < end; k++)
        {
            if (chars[k] == '<' && (char.IsLetter(chars[k + 1]) || chars[k + 1] == '_'))
            {
                return true;
            }
        }

        return false;
    }

    private static int CopyTag(char[] chars, int start, StringBuilder sb)
    {
        char quote = '\0';
        int i = start;
        while (i < chars.Length)
        {
            char c = chars[i];
            if (quote != '\0')
            {
                if (c == quote)
                {
                    quote = '\0';
                    sb.Append(c);
                    if (i + 1 < chars.Length && IsNameStart(chars[i + 1]))
                    {
                        sb.Append(' ');
                    }
                }
                else if (c == '&')
                {
                    AppendAmpersand(chars, i, sb);
                }
                else
                {
                    sb.Append(c);
                }
            }
            else
            {
                sb.Append(c);
                if (c is '"' or '\'')
                {
                    quote = c;
                }
                else if (c == '>' && i > start)
                {
                    return i + 1;
                }
            }

            i++;
        }

        return i;
    }

    private static void AppendAmpersand(char[] chars, int i, StringBuilder sb)
    {
        sb.Append(IsEntity(chars, i + 1) ? "&" : "&amp;");
    }

    private static bool IsEntity(char[] chars, int i)
    {
        foreach (string p in Predefined)
        {
            if (At(chars, i, p))
            {
                return true;
            }
        }

        if (i < chars.Length && chars[i] == '#')
        {
            int k = i + 1;
            bool hex = k < chars.Length && chars[k] == 'x';
            if (hex)
            {
                k++;
            }

            int digits = 0;
            while (k < chars.Length && (hex ? char.IsAsciiHexDigit(chars[k]) : char.IsAsciiDigit(chars[k])))
            {
                k++;
                digits++;
            }

            return digits > 0 && k < chars.Length && chars[k] == ';';
        }

        return false;
    }

    private static bool IsNameStart(char c) => char.IsLetter(c) || c is '_' or ':';

    private static int CopyUntil(char[] chars, int start, string terminator, StringBuilder sb)
    {
        int end = IndexOf(chars, terminator, start + 1);
        int stop = end < 0 ? chars.Length : end + terminator.Length;
        sb.Append(chars, start, stop - start);
        return stop;
    }

    private static bool At(char[] chars, int i, string s)
    {
        if (i + s.Length > chars.Length)
        {
            return false;
        }

        for (int k = 0; k < s.Length; k++)
        {
            if (chars[i + k] != s[k])
            {
                return false;
            }
        }

        return true;
    }

    private static int IndexOf(char[] chars, string s, int from)
    {
        for (int i = from; i + s.Length <= chars.Length; i++)
        {
            if (At(chars, i, s))
            {
                return i;
            }
        }

        return -1;
    }
}
