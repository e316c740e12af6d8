namespace AgreementTracker.Domain.Common;

public static class Dates
{
    public static DateOnly Later(DateOnly a, DateOnly b) => a > b ? a : b;

    public static DateOnly Earlier(DateOnly a, DateOnly b) => a < b ? a : b;
}
