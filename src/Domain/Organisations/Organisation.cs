using AgreementTracker.Domain.Common;
using static AgreementTracker.Domain.Formatting.DanishFormat;

namespace AgreementTracker.Domain.Organisations;

/// <summary>Decide and evolve for an organisation's stream (registered, renamed, merged).</summary>
public static class Organisation
{
    /// <remarks>The command's shape is checked first (<see cref="OrganisationInput"/>), and the rules decide on its normalised form.</remarks>
    public static Result<IReadOnlyList<object>> Decide(OrganisationState? state, IOrganisationCommand command, CommandContext context)
    {
        var input = OrganisationInput.Check(command);
        if (!input.IsSuccess)
        {
            return input.Error;
        }

        command = input.Value;
        if (command is RegisterOrganisation register)
        {
            return Register(state, register);
        }

        if (state is null)
        {
            return new DomainError("organisation_not_found", $"Der er ingen registreret organisation med id {command.OrganisationId}.");
        }

        if (state.MergedInto is { } into)
        {
            return new DomainError(
                "organisation_merged",
                $"{state.Name} blev lagt sammen med {context.NameOf(into)} {Date(state.MergedOn!.Value)} og kan ikke længere ændres.");
        }

        return command switch
        {
            RenameOrganisation rename => Rename(state, rename),
            MergeOrganisation merge => Merge(state, merge, context),
            _ => throw new ArgumentException($"{command.GetType().Name} is not an organisation command this version knows.", nameof(command)),
        };
    }

    public static OrganisationState Evolve(OrganisationState? state, object @event) => (state, @event) switch
    {
        (null, OrganisationRegistered e) => new OrganisationState(e.OrganisationId, e.Name, e.Kind, e.CvrNumber, [], null, null),
        ({ } s, OrganisationRenamed e) => s with { Name = e.NewName, FormerNames = s.FormerNames.Add(e.PreviousName) },
        ({ } s, OrganisationMerged e) => s with { MergedInto = e.Into, MergedOn = e.MergedOn },
        _ => throw new ArgumentException(
            $"{@event.GetType().Name} cannot follow {(state is null ? "an empty stream" : "a registered organisation")}.", nameof(@event)),
    };

    public static OrganisationState? Fold(OrganisationState? state, IEnumerable<object> events) => events.Aggregate(state, (s, e) => Evolve(s, e));

    private static Result<IReadOnlyList<object>> Register(OrganisationState? state, RegisterOrganisation command)
    {
        if (state is not null)
        {
            return new DomainError("organisation_already_registered", $"{state.Name} er allerede registreret med dette id.", "organisationId");
        }

        if (string.IsNullOrWhiteSpace(command.Name))
        {
            return new DomainError("name_required", "Organisationens navn skal udfyldes.", "name");
        }

        var cvr = string.IsNullOrWhiteSpace(command.CvrNumber) ? null : command.CvrNumber.Trim();
        if (cvr is not null && (cvr.Length != 8 || !cvr.All(char.IsAsciiDigit)))
        {
            return new DomainError("invalid_cvr_number", $"CVR-nummeret for {command.Name.Trim()} skal være 8 cifre, ikke '{cvr}'.", "cvrNumber");
        }

        return Decision.Accept(new OrganisationRegistered(command.OrganisationId, command.Name.Trim(), command.Kind, cvr));
    }

    private static Result<IReadOnlyList<object>> Rename(OrganisationState state, RenameOrganisation command)
    {
        var newName = command.NewName?.Trim() ?? "";
        if (newName.Length == 0)
        {
            return new DomainError("name_required", $"Skriv det nye navn for {state.Name}.", "newName");
        }

        if (newName == state.Name)
        {
            return new DomainError("name_unchanged", $"{state.Name} hedder allerede det.", "newName");
        }

        return Decision.Accept(new OrganisationRenamed(state.Name, newName));
    }

    private static Result<IReadOnlyList<object>> Merge(OrganisationState state, MergeOrganisation command, CommandContext context)
    {
        if (command.Into == state.Id)
        {
            return new DomainError("merge_into_itself", $"{state.Name} kan ikke lægges sammen med sig selv.", "intoId");
        }

        if (!context.IsRegistered(command.Into))
        {
            return new DomainError(
                "organisation_not_found", $"{state.Name} kan ikke lægges sammen med en organisation, der ikke er registreret ({command.Into}).", "intoId");
        }

        return Decision.Accept(new OrganisationMerged(command.Into, command.MergedOn));
    }
}
