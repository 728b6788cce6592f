namespace Winset.Web.Hosting;

/// <summary>
/// The settings of the web app (<c>winset serve</c>). Mutable configuration, read once by <see cref="WinsetWeb.Build"/>.
/// </summary>
/// <remarks>
/// <para><b>Safety.</b> The default address is loopback only (<see cref="DefaultUrls"/>); another interface is used only
/// when <see cref="Urls"/> names it. Uploads are limited in size (<see cref="MaxUploadBytes"/>, <see cref="MaxUploadFiles"/>)
/// and in outcome count (<see cref="MaxOutcomes"/>); uploaded files are written only under <see cref="DataFolder"/>, in a
/// folder with a generated name that is deleted once parsed. Scenario ids are names from a fixed list (the shipped
/// scenarios and the uploads of this process), never paths.</para>
/// </remarks>
public sealed class WinsetWebOptions
{
    /// <summary>The default port.</summary>
    public const int DefaultPort = 5170;

    /// <summary>The default address: loopback only.</summary>
    public const string DefaultUrls = "http://127.0.0.1:5170";

    /// <summary>The default limit of one upload request: 16 MiB.</summary>
    public const long DefaultMaxUploadBytes = 16L * 1024 * 1024;

    /// <summary>
    /// The addresses to listen on, separated by semicolons (ASP.NET Core's <c>--urls</c> syntax); port 0 picks a free port.
    /// </summary>
    /// <value>The default is <see cref="DefaultUrls"/> (127.0.0.1 only).</value>
    public string Urls { get; set; } = DefaultUrls;

    /// <summary>The folder under which uploads are written while they are parsed.</summary>
    /// <value>The default is null: a new folder under the system's temporary folder, deleted when the server stops.</value>
    public string? DataFolder { get; set; }

    /// <summary>The run store (SQLite) the tournaments page reads; it is opened only if the file exists.</summary>
    /// <value>The default is null: <c>winset-runs.db</c> in the working folder, as <c>winset tournament</c> writes it.</value>
    public string? StorePath { get; set; }

    /// <summary>The largest upload request body, in bytes (all files together).</summary>
    /// <value>The default is 16 MiB (<see cref="DefaultMaxUploadBytes"/>).</value>
    public long MaxUploadBytes { get; set; } = DefaultMaxUploadBytes;

    /// <summary>The most files in one upload.</summary>
    /// <value>The default is 64.</value>
    public int MaxUploadFiles { get; set; } = 64;

    /// <summary>The largest outcome space the web app analyses (larger uploads are refused with HTTP 400).</summary>
    /// <value>The default is 5,000,000 outcomes.</value>
    public int MaxOutcomes { get; set; } = 5_000_000;

    /// <summary>How many uploaded scenarios are kept in memory; the oldest goes first.</summary>
    /// <value>The default is 50.</value>
    public int MaxUploads { get; set; } = 50;

    /// <summary>How many rehearsals are kept in memory; the least recently used goes first.</summary>
    /// <value>The default is 200.</value>
    public int MaxRehearsals { get; set; } = 200;

    /// <summary>The largest deadline, in rounds, a run or rehearsal may ask for.</summary>
    /// <value>The default is 10,000.</value>
    public int MaxRounds { get; set; } = 10_000;

    /// <summary>Write request logs and errors to the console.</summary>
    /// <value>The default is false (errors only).</value>
    public bool Verbose { get; set; }

    /// <summary>Checks the settings.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A limit is not positive.</exception>
    /// <exception cref="ArgumentException">No address is given.</exception>
    public void Validate()
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(Urls);
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxUploadBytes, 1024L, nameof(MaxUploadBytes));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxUploadFiles, 1, nameof(MaxUploadFiles));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxOutcomes, 1, nameof(MaxOutcomes));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxUploads, 1, nameof(MaxUploads));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxRehearsals, 1, nameof(MaxRehearsals));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxRounds, 1, nameof(MaxRounds));
    }
}
