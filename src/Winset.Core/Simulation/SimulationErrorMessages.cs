using System.Globalization;

namespace Winset.Simulation;

/// <summary>The texts of the simulation's user-facing errors, so that tests and the CLI assert the same words.</summary>
public static class SimulationErrorMessages
{
    /// <summary>A run count out of range.</summary>
    public static string BadRuns(int runs) =>
        string.Create(CultureInfo.InvariantCulture, $"The number of runs must be between 1 and 10,000,000, not {runs}.");

    /// <summary>A negative parallelism.</summary>
    public static string BadParallelism(int jobs) =>
        string.Create(CultureInfo.InvariantCulture, $"The parallelism must be 0 (one per processor) or a positive number of jobs, not {jobs}.");

    /// <summary>An unknown information model.</summary>
    public static string BadInformation(string value) =>
        $"Unknown information model '{value}'. Known: estimated, private, complete.";

    /// <summary>A non-positive number of deal clusters.</summary>
    public static string BadClusters(int clusters) =>
        string.Create(CultureInfo.InvariantCulture, $"The number of deal clusters must be positive, not {clusters}.");

    /// <summary>A cluster radius out of range.</summary>
    public static string BadRadius(double radius) =>
        string.Create(CultureInfo.InvariantCulture, $"The cluster radius must be in [0, 1], not {radius}.");
}
