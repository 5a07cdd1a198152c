using System.CommandLine;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using System.Text.Json;

namespace Jixiao.Cli.Shell;

/// <summary>
/// One place for a wrong command line (unknown option, missing argument, unknown command), for every command.
/// The parser's own handler prints help on stdout, which would break "--json prints exactly one JSON document";
/// so errors become <c>{"errors":[{"message":...}]}</c> on stdout under --json, and messages plus usage on
/// stderr otherwise. Both exit 2, like a table that cannot be read.
/// </summary>
public static class CommandLineErrors
{
    public const int ExitCode = 2;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Parses and runs <paramref name="args"/>; parse errors are reported here instead of by the parser.</summary>
    public static int Invoke(RootCommand root, string[] args, InvocationConfiguration? configuration = null)
    {
        var parsed = root.Parse(args);
        // --help clears parse errors (its action runs instead), so only the parser's error action is replaced.
        if (parsed.Action is not ParseErrorAction)
        {
            return configuration is null ? parsed.Invoke() : parsed.Invoke(configuration);
        }
        var stdout = configuration?.Output ?? Console.Out;
        var stderr = configuration?.Error ?? Console.Error;
        var messages = parsed.Errors.Select(e => $"命令行参数有误 (invalid command line)：{e.Message}").ToArray();
        if (args.Any(a => a == "--json" || a.StartsWith("--json=", StringComparison.Ordinal)))
        {
            stdout.WriteLine(JsonSerializer.Serialize(new { Errors = messages.Select(m => new { Message = m }) }, Json));
            return ExitCode;
        }
        foreach (var message in messages)
        {
            stderr.WriteLine(message);
        }
        stderr.WriteLine();
        // The help writer is internal to the parser; asking for help on the same command, with stdout pointed at
        // stderr, prints the usage of the command the user was typing.
        root.Parse([.. CommandPath(parsed.CommandResult), "--help"]).Invoke(new InvocationConfiguration { Output = stderr, Error = stderr });
        return ExitCode;
    }

    private static IEnumerable<string> CommandPath(CommandResult command)
    {
        var names = new Stack<string>();
        for (var current = command; current.Parent is CommandResult parent; current = parent)
        {
            names.Push(current.Command.Name);
        }
        return names;
    }
}
