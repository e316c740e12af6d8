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

    public static void Validate(string[] args)
    {
        for (var i = 0; i < args.Length; i++)
        {
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
