namespace AgreementTracker.Api.Mutations;

/// <summary>What a mutation's input becomes: the commands to handle as one change, and the id of what it creates, if anything.</summary>
public sealed record Change<TCommand>(IReadOnlyList<TCommand> Commands, Guid? CreatedId = null)
{
    public static implicit operator Change<TCommand>(TCommand command) => new([command]);
}
