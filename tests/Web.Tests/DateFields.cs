using Microsoft.Playwright;

namespace AgreementTracker.Web.Tests;

/// <summary>DKFDS's date input as a user fills it: day, month and year, each in its own field under the date's legend.</summary>
internal static class DateFields
{
    public static ILocator Of(ILocator within, string legend) => within.GetByRole(AriaRole.Group, new() { Name = legend, Exact = true });

    public static Task FillAsync(ILocator within, string legend, DateOnly date) =>
        FillAsync(within, legend, date.Day.ToString("00"), date.Month.ToString("00"), date.Year.ToString("0000"));

    public static async Task FillAsync(ILocator within, string legend, string day, string month, string year)
    {
        var group = Of(within, legend);
        await group.GetByLabel("Dag", new() { Exact = true }).FillAsync(day);
        await group.GetByLabel("Måned", new() { Exact = true }).FillAsync(month);
        await group.GetByLabel("År", new() { Exact = true }).FillAsync(year);
    }
}
