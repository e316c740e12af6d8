using AgreementTracker.Commands;
using AgreementTracker.GraphQL;

namespace AgreementTracker.Api.Mutations;

/// <summary>How a command that was not carried out reaches the client: a GraphQL error with a code and the reason in the user's terms.</summary>
public static class MutationErrors
{
    public const string ConcurrencyConflict = "CONCURRENCY_CONFLICT";
    public const string Unauthenticated = "UNAUTHENTICATED";

    public static async Task<T> Translate<T>(Func<Task<T>> command)
    {
        try
        {
            return await command();
        }
        catch (CommandRefusedException refused)
        {
            throw new GraphQLError(refused.Error.Message, code: refused.Error.Code);
        }
        catch (CommandConflictException conflict)
        {
            throw new GraphQLError(conflict.Message, code: ConcurrencyConflict, extensions: new Dictionary<string, object?>
            {
                ["expectedVersion"] = conflict.ExpectedVersion,
                ["actualVersion"] = conflict.ActualVersion,
            });
        }
    }

    public static ApiCaller CallerOf(object? userContext) =>
        userContext as ApiCaller ?? throw new GraphQLError("Changes need a signed-in caller.", code: Unauthenticated);
}
