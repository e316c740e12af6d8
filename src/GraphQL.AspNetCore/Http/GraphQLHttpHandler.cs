using AgreementTracker.GraphQL.AspNetCore.GraphiQL;
using AgreementTracker.GraphQL.Execution;
using AgreementTracker.GraphQL.Language;

namespace AgreementTracker.GraphQL.AspNetCore.Http;

/// <summary>
/// GraphQL over HTTP (the GraphQL-over-HTTP draft): POST with a JSON body, GET with query parameters
/// for queries only, <c>application/graphql-response+json</c> or <c>application/json</c> by the Accept
/// header, and the status codes the draft prescribes for each. Browsers asking for HTML get GraphiQL.
/// </summary>
internal sealed class GraphQLHttpHandler(GraphQLRequestExecution execution, GraphQLServerOptions options)
{
    public async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var isGet = HttpMethods.IsGet(request.Method);
        if (!isGet && !HttpMethods.IsPost(request.Method))
        {
            await GraphQLResponseWriter.WriteAsync(context, new RequestError(StatusCodes.Status405MethodNotAllowed,
                $"{request.Method} is not supported; use GET or POST.", Allow: "GET, POST"), GraphQLMediaTypes.Json);
            return;
        }

        if (isGet && options.EnableGraphiQL && AcceptNegotiation.PrefersHtml(request.Headers.Accept))
        {
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync(GraphiQLPage.Render(request.PathBase + request.Path, options.GraphiQLSignIn), context.RequestAborted);
            return;
        }

        var mediaType = AcceptNegotiation.ResponseMediaType(request.Headers.Accept);
        if (mediaType is null)
        {
            await GraphQLResponseWriter.WriteAsync(context, new RequestError(StatusCodes.Status406NotAcceptable,
                $"The Accept header allows neither {GraphQLMediaTypes.GraphQLResponse} nor {GraphQLMediaTypes.Json}."), GraphQLMediaTypes.Json);
            return;
        }

        var (graphQLRequest, refusal) = isGet
            ? GraphQLRequestReader.ReadGet(request.Query)
            : await GraphQLRequestReader.ReadPostAsync(request, options.MaxRequestBodyBytes, context.RequestAborted);
        if (refusal is not null)
        {
            await GraphQLResponseWriter.WriteAsync(context, refusal, mediaType);
            return;
        }

        var result = await execution.ExecuteAsync(graphQLRequest!, context,
            isGet ? AllowedOperations.Query : AllowedOperations.QueryAndMutation);

        // GET must not change anything: the draft has mutations over GET refused with 405.
        if (isGet && result.ErrorKind == RequestErrorKind.OperationNotAllowed
            && execution.OperationTypeOf(graphQLRequest!) == OperationType.Mutation)
        {
            context.Response.Headers.Allow = "POST";
            await GraphQLResponseWriter.WriteAsync(context, StatusCodes.Status405MethodNotAllowed, mediaType, result);
            return;
        }

        var status = mediaType == GraphQLMediaTypes.GraphQLResponse && result.IsRequestError
            ? StatusCodes.Status400BadRequest
            : StatusCodes.Status200OK;
        await GraphQLResponseWriter.WriteAsync(context, status, mediaType, result);
    }
}
