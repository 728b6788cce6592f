using Spectre.Console;
using Winset.Cli;
using Winset.Cli.Infrastructure;

namespace Winset.Web.Tests.Cli;

/// <summary>Runs the <c>winset</c> command line in process and captures what it prints.</summary>
public static class CliCapture
{
    public static (int Exit, string Out, string Error) Run(params string[] args)
    {
        var console = new StringWriter();
        var output = new StringWriter();
        var error = new StringWriter();
        IAnsiConsole ansi = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(console), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors });
        int exit = Program.Run(args, new CliOutput(ansi, output, error));
        return (exit, output.ToString() + console, error.ToString());
    }
}
