namespace AgreementTracker.Domain.Agreements;

/// <summary>Where a figure comes from; a survey says how many answered (n).</summary>
public sealed record MeasurementSource(SourceKind Kind, int? Respondents = null, string? Description = null)
{
    public static MeasurementSource Survey(int respondents, string? description = null) => new(SourceKind.Survey, respondents, description);

    public static MeasurementSource SecretariatCount(string? description = null) => new(SourceKind.SecretariatCount, null, description);

    public static MeasurementSource Register(string description) => new(SourceKind.Register, null, description);
}
