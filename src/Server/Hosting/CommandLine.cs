namespace AgreementTracker.Server.Hosting;

/// <summary>
/// Maps the documented options onto configuration keys, passes settings written as --Section:Key=value
/// through to configuration, and refuses anything else.
/// </summary>
public static class CommandLine
{
    public const string ConnectionKey = "ConnectionStrings:AgreementTracker";
    public const string DataDirectoryKey = "Database:DataDirectory";

    public static readonly IReadOnlyDictionary<string, string> SwitchMappings = new Dictionary<string, string>
    {
        ["--connection"] = ConnectionKey,
        ["--data"] = DataDirectoryKey,
    };

    private static readonly HashSet<string> PassedToHost = ["--urls", "--environment", "--contentRoot"];

    /// <summary>Options that take no value, and the setting each one turns on.</summary>
    public static readonly IReadOnlyDictionary<string, string> Flags = new Dictionary<string, string>
    {
        ["--demo"] = "Demo:Load",
    };

    /// <summary>The command line as configuration reads it: each flag becomes its setting with the value true.</summary>
    public static string[] ExpandFlags(string[] args) =>
        args.Select(a => Flags.TryGetValue(a, out var key) ? $"--{key}=true" : a).ToArray();

    /// <summary>
    /// Removes a command's own <c>--name value</c> or <c>--name=value</c> from the arguments and returns the value, so
    /// what is left are the server's options.
    /// </summary>
    /// <param name="command">The command whose option it is, for its help in the error.</param>
    public static string? Take(List<string> args, string name, string command)
    {
        var at = args.FindIndex(a => a == name || a.StartsWith(name + "=", StringComparison.Ordinal));
        if (at < 0)
            return null;
        if (args[at].Length > name.Length)
        {
            var inline = args[at][(name.Length + 1)..];
            args.RemoveAt(at);
            return inline;
        }
        if (at + 1 >= args.Count || args[at + 1].StartsWith("--", StringComparison.Ordinal))
            throw new CommandLineException($"Option '{name}' needs a value. See '{command} --help'.");
        var value = args[at + 1];
        args.RemoveRange(at, 2);
        return value;
    }

    public static void Validate(string[] args)
    {
        for (var i = 0; i < args.Length; i++)
        {
            if (Flags.ContainsKey(args[i]))
                continue;
            var name = args[i].Split('=', 2)[0];
            if (!name.StartsWith("--", StringComparison.Ordinal))
                throw new CommandLineException($"'{args[i]}' is not an option. See --help.");
            var isSetting = name.Contains(':');
            if (!SwitchMappings.ContainsKey(name) && !PassedToHost.Contains(name) && !isSetting)
                throw new CommandLineException($"Unknown option '{name}'. See --help.");
            if (!args[i].Contains('=') && (i + 1 >= args.Length || args[i + 1].StartsWith("--", StringComparison.Ordinal)))
                throw new CommandLineException($"Option '{name}' needs a value. See --help.");
            if (!args[i].Contains('='))
                i++;
        }
    }
}
