namespace AgreementTracker.Api.Mutations;

/// <summary>What a mutation's input becomes: the commands to handle as one change, and the id of what it creates, if anything.</summary>
/// <param name="InputPaths">Where each command's fields are in the mutation's arguments, when not all in <c>input</c>
/// (a draft's parties are in <c>input.parties[i]</c>), so a refusal naming a field points at the one the user typed.</param>
public sealed record Change<TCommand>(IReadOnlyList<TCommand> Commands, Guid? CreatedId = null, IReadOnlyList<string>? InputPaths = null)
{
    public static implicit operator Change<TCommand>(TCommand command) => new([command]);

    public string InputPathOf(int command) => InputPaths?[command] ?? "input";
}
