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
        var agreement = CommandLine.Take(rest, AgreementOption, ExportCommand.Name);
        var organisation = CommandLine.Take(rest, OrganisationOption, ExportCommand.Name);
        var all = rest.Remove(AllOption);
        var outputFile = CommandLine.Take(rest, OutOption, ExportCommand.Name);
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

    private static Guid IdOf(string option, string text, string what) =>
        Guid.TryParse(text, out var id)
            ? id
            : throw new ExportException($"{option}: '{text}' is not an id; give the {what}'s id, a GUID such as 3f2a9c4e-0b7d-4e8a-9f1c-2d5b6a7e8c90.");
}
