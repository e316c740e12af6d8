using System.Globalization;
using AgreementTracker.Api.Schema;
using AgreementTracker.Identity;
using AgreementTracker.ReadModels;
using AgreementTracker.Server.Api;
using AgreementTracker.Web;

namespace AgreementTracker.Server.Web;

/// <summary>The web front end at <c>/</c>, given the domain's Danish labels, the server's today and how to sign in, in its page; and the offline verifier at <c>/verificer</c>.</summary>
public static class WebPages
{
    public static WebApplication MapWebPages(this WebApplication app)
    {
        var labels = new Lazy<IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>>(
            () => EnumLabels.Of(app.Services.GetRequiredService<GraphQL.Types.Schema>()));
        var clock = app.Services.GetRequiredService<TimeProvider>();
        var signIn = FollowUpApiServices.BrowserSignIn(app.Services.GetRequiredService<SignInSettings>());
        app.MapWebFrontEnd(_ => new { labels = labels.Value, today = Today.On(clock).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), signIn });
        app.MapVerifierPage();
        return app;
    }
}
