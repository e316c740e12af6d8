using AgreementTracker.Agreements.Changes;
using AgreementTracker.Domain.Common;
using AgreementTracker.GraphQL;
using AgreementTracker.ReadModels.Sql;
using JasperFx;

namespace AgreementTracker.Api.Mutations;

/// <summary>How a command that was not carried out reaches the client: a GraphQL error with a code and the reason in the user's terms.</summary>
public static class MutationErrors
{
    public const string ConcurrencyConflict = "CONCURRENCY_CONFLICT";
    public const string DatabaseUnavailable = "DATABASE_UNAVAILABLE";

    public static async Task<T> Translate<T>(Func<Task<T>> command)
    {
        try
        {
            return await command();
        }
        // A refusal naming a field has already become bad input where the mutation knows which input it came from.
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
        catch (Exception e) when (DatabaseAway.Is(e))
        {
            // The commit may or may not have happened before the connection went: only a retry with the same key can tell.
            throw new GraphQLError(
                "Databasen svarer ikke lige nu, så det vides ikke, om ændringen blev gemt. Send den igen om lidt med samme " +
                "idempotensnøgle (idempotencyKey): så bliver den gemt én gang og ikke to.",
                code: DatabaseUnavailable);
        }
        catch (ConcurrencyException)
        {
            throw new GraphQLError(
                "Ændringen blev ikke gemt, fordi andre blev ved med at ændre det samme på samme tid. Hent det igen, og prøv igen.",
                code: ConcurrencyConflict);
        }
    }

    /// <summary>
    /// A refusal about one input field (a text too long or empty, a date out of range or in the future, an amount above
    /// what is left): the client's mistake, so <c>BAD_USER_INPUT</c> like any other unusable input, with the field's path in the mutation's input
    /// (<c>input.attendees[2].name</c>) in <c>extensions.field</c> and the rule broken in <c>extensions.rule</c>.
    /// </summary>
    /// <param name="inputPath">Where the domain's field path starts in the mutation's arguments, e.g. <c>input</c>.</param>
    public static GraphQLError BadInput(DomainError refusal, string inputPath) =>
        new(refusal.Message, code: ErrorCodes.BadUserInput, extensions: new Dictionary<string, object?>
        {
            ["field"] = $"{inputPath}.{refusal.Field}",
            ["rule"] = refusal.Code,
        });
}
