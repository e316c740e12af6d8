using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.Common;
using AgreementTracker.Domain.Organisations;
using AgreementDecider = AgreementTracker.Domain.Agreements.Agreement;
using OrganisationDecider = AgreementTracker.Domain.Organisations.Organisation;

namespace AgreementTracker.Domain.Tests.Support;

/// <summary>
/// Given/when/then for one stream: <c>Given(events).When(command).Then(events)</c> or <c>.ThenRefused("code")</c>.
/// The decider is a parameter so the same helper serves agreements and organisations.
/// </summary>
internal sealed class Scenario<TState, TCommand>
    where TState : class
{
    private readonly Func<TState?, IEnumerable<object>, TState?> fold;
    private readonly Func<TState?, TCommand, CommandContext, Result<IReadOnlyList<object>>> decide;
    private readonly object[] history;
    private DateOnly today = Defaults.Today;
    private Result<IReadOnlyList<object>>? outcome;

    public Scenario(
        Func<TState?, IEnumerable<object>, TState?> fold,
        Func<TState?, TCommand, CommandContext, Result<IReadOnlyList<object>>> decide,
        object[] history)
    {
        this.fold = fold;
        this.decide = decide;
        this.history = history;
    }

    public Scenario<TState, TCommand> On(DateOnly date)
    {
        today = date;
        return this;
    }

    public Scenario<TState, TCommand> When(TCommand command)
    {
        outcome = decide(fold(null, history), command, TestOrganisations.On(today));
        return this;
    }

    public void Then(params object[] expected)
    {
        var result = Outcome;
        Assert.True(result.IsSuccess, result.IsSuccess ? "" : $"Refused ({result.Error.Code}): {result.Error.Message}");
        Assert.Equal(EventJson.Describe(expected), EventJson.Describe(result.Value));
        _ = fold(fold(null, history), result.Value); // accepted events must also apply cleanly to the state
    }

    /// <returns>The refusal, so a test can also check its message.</returns>
    public DomainError ThenRefused(string code)
    {
        var result = Outcome;
        Assert.False(result.IsSuccess, result.IsSuccess ? $"Expected refusal '{code}' but got {string.Join(", ", EventJson.Describe(result.Value))}" : "");
        Assert.Equal(code, result.Error.Code);
        Assert.False(string.IsNullOrWhiteSpace(result.Error.Message));
        return result.Error;
    }

    private Result<IReadOnlyList<object>> Outcome => outcome ?? throw new InvalidOperationException("Call When(command) first.");
}

internal static class Defaults
{
    public static readonly DateOnly Today = new(2025, 6, 15);
}

/// <summary>Entry points that read as the tests' first words.</summary>
internal static class Given
{
    public static Scenario<AgreementState, IAgreementCommand> Agreement(params object[] events) =>
        new(AgreementDecider.Fold, AgreementDecider.Decide, events);

    public static Scenario<OrganisationState, IOrganisationCommand> Organisation(params object[] events) =>
        new(OrganisationDecider.Fold, OrganisationDecider.Decide, events);
}
