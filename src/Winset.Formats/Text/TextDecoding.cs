using System.Text;
using Winset.Diagnostics;

namespace Winset.Formats.Text;

/// <summary>
/// Reads a user's file and decodes it the way GENIUS files need: UTF-8 when the bytes are valid UTF-8, otherwise
/// Windows-1252 (7 corpus files, <c>ANAC2015_group2-new_sporthal</c>, hold a cp1252 <c>€</c>).
/// </summary>
internal static class TextDecoding
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // Field initialisers run in order before any static constructor body: register the code pages first.
    private static readonly Encoding Cp1252 = RegisterAndGet1252();

    /// <summary>Strict UTF-8 (no byte-order mark written, invalid bytes rejected).</summary>
    public static Encoding Utf8 => StrictUtf8;

    /// <summary>Windows-1252, the usual "ANSI" code page of the GENIUS authors' machines.</summary>
    public static Encoding Windows1252 => Cp1252;

    /// <summary>The bytes of a file, or an <see cref="InputException"/> naming it when it cannot be read.</summary>
    public static byte[] ReadAllBytes(string path)
    {
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new InputException(FormatErrorMessages.FileNotFound, SourceLocation.InFile(path), ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new InputException(string.Format(System.Globalization.CultureInfo.InvariantCulture, FormatErrorMessages.FileUnreadable, ex.Message), SourceLocation.InFile(path), ex);
        }
    }

    /// <summary>
    /// Decodes bytes: a byte-order mark decides; else <paramref name="preferred"/> when given; else UTF-8 when valid,
    /// otherwise Windows-1252.
    /// </summary>
    public static (string Text, Encoding Encoding) Decode(ReadOnlySpan<byte> bytes, Encoding? preferred = null)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return (StrictDecode(bytes[3..]) ?? Windows1252.GetString(bytes[3..]), StrictUtf8);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return (Encoding.Unicode.GetString(bytes[2..]), Encoding.Unicode);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (Encoding.BigEndianUnicode.GetString(bytes[2..]), Encoding.BigEndianUnicode);
        }

        if (preferred is not null && preferred.CodePage == Windows1252.CodePage)
        {
            return (Windows1252.GetString(bytes), Windows1252);
        }

        return StrictDecode(bytes) is { } text ? (text, StrictUtf8) : (Windows1252.GetString(bytes), Windows1252);
    }

    private static Encoding RegisterAndGet1252()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }

    private static string? StrictDecode(ReadOnlySpan<byte> bytes)
    {
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }
}
