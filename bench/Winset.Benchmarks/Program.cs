using BenchmarkDotNet.Running;

namespace Winset.Benchmarks;

/// <summary>Runs the benchmarks chosen on the command line (see bench/README.md).</summary>
public static class Program
{
    public static int Main(string[] args)
    {
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
    }
}
