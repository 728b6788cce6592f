using Spectre.Console.Testing;
using Winset.Cli.Infrastructure;

namespace Winset.Cli.Tests;

/// <summary>Runs the real <c>winset</c> command tree with captured output, at a fixed width and without ANSI.</summary>
internal static class CliRunner
{
    public sealed record Result(int ExitCode, string Out, string Error, string Console)
    {
        /// <summary>Everything a person would see.</summary>
        public string All => Out + Console + Error;
    }

    public static Result Run(params string[] args)
    {
        var console = new TestConsole().Width(160);
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = Program.Run(args, new CliOutput(console, stdout, stderr));
        return new Result(code, stdout.ToString(), stderr.ToString(), console.Output);
    }
}
