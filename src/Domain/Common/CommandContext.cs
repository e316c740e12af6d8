namespace AgreementTracker.Domain.Common;

/// <summary>
/// What a decision may know beyond the stream itself: the moment it is made (the domain never reads the
/// clock) and the organisations' current names, so refusals can name them and parties can be checked.
/// </summary>
public sealed record CommandContext(DateTimeOffset Now, Func<OrganisationId, string?> OrganisationName)
{
    public DateOnly Today => DateOnly.FromDateTime(Now.Date);

    public bool IsRegistered(OrganisationId organisation) => OrganisationName(organisation) is not null;

    /// <summary>The organisation's name for messages; an unknown id is shown as "organisation {id}".</summary>
    public string NameOf(OrganisationId organisation) => OrganisationName(organisation) ?? $"organisation {organisation}";
}
