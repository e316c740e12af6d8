namespace AgreementTracker.Domain.Common;

/// <summary>Either a value or the <see cref="DomainError"/> that prevented it.</summary>
public readonly struct Result<T>
{
    private readonly T? value;
    private readonly DomainError? error;

    private Result(T? value, DomainError? error)
    {
        this.value = value;
        this.error = error;
    }

    public static Result<T> Success(T value) => new(value, null);

    public static Result<T> Failure(DomainError error) => new(default, error);

    public bool IsSuccess => error is null;

    public T Value => error is null
        ? value!
        : throw new InvalidOperationException($"The command was refused ({error.Code}): {error.Message}");

    public DomainError Error => error ?? throw new InvalidOperationException("The command succeeded; there is no error.");

    public static implicit operator Result<T>(T value) => Success(value);

    public static implicit operator Result<T>(DomainError error) => Failure(error);
}
