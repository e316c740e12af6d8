using AgreementTracker.Server.Hosting;

namespace AgreementTracker.Server.Integrity;

/// <summary>What <c>export</c> was asked for: which history, where to write it, and the server options left over.</summary>
public sealed record ExportRequest(ExportScope Scope, string OutputFile, string[] ServerArgs)
{
    public const string AgreementOption = "--agreement";
    public const string OrganisationOption = "--organisation";
    public const string AllOption = "--all";
    public const string OutOption = "--out";

    /// <param name="args">The command line, starting with <c>export</c>.</param>
    public static ExportRequest Parse(string[] args)
    {
        var rest = args.Skip(1).ToList();
        var agreement = Take(rest, AgreementOption);
        var organisation = Take(rest, OrganisationOption);
        var all = rest.Remove(AllOption);
        var outputFile = Take(rest, OutOption);
        var scope = (agreement, organisation, all) switch
        {
            ({ } id, null, false) => new ExportScope(ExportScope.Kind.Agreement, IdOf(AgreementOption, id, "agreement")),
            (null, { } id, false) => new ExportScope(ExportScope.Kind.Organisation, IdOf(OrganisationOption, id, "organisation")),
            (null, null, true) => new ExportScope(ExportScope.Kind.All, null),
            _ => throw new CommandLineException(
                $"'export' needs exactly one of {AgreementOption} <id>, {OrganisationOption} <id> or {AllOption}. See 'export --help'."),
        };
        return new ExportRequest(scope, Path.GetFullPath(outputFile ?? scope.DefaultFileName), rest.ToArray());
    }

    /// <summary>The option that chose <paramref name="scope"/>.</summary>
    public static string OptionOf(ExportScope scope) => scope.Of switch
    {
        ExportScope.Kind.Agreement => AgreementOption,
        ExportScope.Kind.Organisation => OrganisationOption,
        _ => AllOption,
    };

    /// <summary>Removes <c>--name value</c> or <c>--name=value</c> from the arguments and returns the value.</summary>
    private static string? Take(List<string> args, string name)
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
            throw new CommandLineException($"Option '{name}' needs a value. See 'export --help'.");
        var value = args[at + 1];
        args.RemoveRange(at, 2);
        return value;
    }

    private static Guid IdOf(string option, string text, string what) =>
        Guid.TryParse(text, out var id)
            ? id
            : throw new ExportException($"{option}: '{text}' is not an id; give the {what}'s id, a GUID such as 3f2a9c4e-0b7d-4e8a-9f1c-2d5b6a7e8c90.");
}
