using Microsoft.Playwright;

namespace AgreementTracker.Web.Benchmarks;

/// <summary>A page as one of its users opens it, and what shows that it is ready: its main content, drawn from its query's answer.</summary>
internal sealed record PageUnderTest(string Name, string User, string Path, string ReadyWhen, Func<IPage, ILocator> Ready);
