using System.Text;

namespace Winset.Formats;

/// <summary>
/// Writes files under a temporary name in the same folder and renames them when complete, so a crash or an
/// error never leaves half a file behind.
/// </summary>
public static class AtomicFile
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes text as UTF-8 (no byte-order mark).</summary>
    public static void WriteAllText(string path, string text, Encoding? encoding = null) =>
        WriteAllBytes(path, (encoding ?? Utf8NoBom).GetBytes(text));

    /// <summary>Writes bytes.</summary>
    public static void WriteAllBytes(string path, byte[] bytes)
    {
        string full = Path.GetFullPath(path);
        string dir = Path.GetDirectoryName(full) ?? ".";
        Directory.CreateDirectory(dir);
        string temp = Path.Combine(dir, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            File.WriteAllBytes(temp, bytes);
            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }
}
