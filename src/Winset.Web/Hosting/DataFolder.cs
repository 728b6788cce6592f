namespace Winset.Web.Hosting;

/// <summary>
/// The folder the server may write to (uploads while they are parsed). A folder the server created itself (when
/// <see cref="WinsetWebOptions.DataFolder"/> is not set) is deleted when the server stops.
/// </summary>
internal sealed class DataFolder : IDisposable
{
    private readonly bool _owned;

    public DataFolder(string? configured)
    {
        if (configured is null)
        {
            Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "winset-web-" + Guid.NewGuid().ToString("N")[..12]);
            _owned = true;
        }
        else
        {
            Path = System.IO.Path.GetFullPath(configured);
        }

        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public void Dispose()
    {
        if (_owned)
        {
            try
            {
                Directory.Delete(Path, recursive: true);
            }
            catch (IOException)
            {
                // Best effort: it is under the temporary folder.
            }
        }
    }
}
