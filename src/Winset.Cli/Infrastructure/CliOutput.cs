using Spectre.Console;

namespace Winset.Cli.Infrastructure;

/// <summary>
/// Where a command writes: <see cref="Console"/> for tables and prose (Spectre), <see cref="Out"/> for
/// machine-readable output (JSON is never wrapped or styled), <see cref="Error"/> for messages.
/// </summary>
public sealed record CliOutput(IAnsiConsole Console, TextWriter Out, TextWriter Error);
