namespace AgreementTracker.Domain.Common;

/// <summary>
/// Runs the <see cref="Input"/> rules over one command's fields in order and keeps the first refusal, so a command's
/// validation reads as the command rebuilt from its checked (and normalised) fields:
/// <code>var check = new InputCheck(); var checkedCommand = c with { Title = check.Text(TextKind.Title, "title", "Titlen", c.Title) }; return check.Outcome(checkedCommand);</code>
/// After a refusal the remaining checks pass their values through unchanged.
/// </summary>
internal sealed class InputCheck
{
    private readonly string _prefix;
    private DomainError? _refusal;

    /// <param name="prefix">Put before every field path, for a nested input object: <c>attendees[2].</c>.</param>
    public InputCheck(string prefix = "") => _prefix = prefix;

    public Result<T> Outcome<T>(T value) => _refusal is null ? value : _refusal;

    public string Text(TextKind kind, string field, string label, string value) =>
        value is null ? value! : Take(Input.Text(kind, _prefix + field, label, value), value);

    public string? OptionalText(TextKind kind, string field, string label, string? value) =>
        value is null ? null : Take(Input.Text(kind, _prefix + field, label, value), value);

    public DateOnly Date(string field, string label, DateOnly value) => Take(Input.Date(_prefix + field, label, value), value);

    public DateOnly? OptionalDate(string field, string label, DateOnly? value) =>
        value is { } date ? Take(Input.Date(_prefix + field, label, date), date) : null;

    public int Year(string field, string label, int value) => Take(Input.Year(_prefix + field, label, value), value);

    public ReportingPeriod Period(string field, string label, ReportingPeriod value) => Take(Input.Period(_prefix + field, label, value), value);

    public decimal Kroner(string field, string label, decimal value) => Take(Input.Kroner(_prefix + field, label, value), value);

    public decimal Figure(string field, string label, decimal value) => Take(Input.Figure(_prefix + field, label, value), value);

    public int Count(string field, string label, int value) => Take(Input.Count(_prefix + field, label, value), value);

    public int? OptionalCount(string field, string label, int? value) =>
        value is { } count ? Take(Input.Count(_prefix + field, label, count), count) : null;

    public TId NewId<TId>(string field, string label, TId value) where TId : struct, IEntityId<TId> =>
        Take(Input.NewId(_prefix + field, label, value), value);

    public TEnum Known<TEnum>(string field, string label, TEnum value) where TEnum : struct, Enum =>
        Take(Input.Known(_prefix + field, label, value), value);

    /// <summary>A bounded list whose items are checked one by one; <paramref name="item"/> gets the item's own check,
    /// whose paths start with <c>field[i]</c>.</summary>
    public IReadOnlyList<T> List<T>(string field, string things, int most, IReadOnlyList<T> items, Func<InputCheck, string, T, T> item)
    {
        if (_refusal is not null || items is null)
        {
            return items!;
        }

        if (Input.ListSize(_prefix + field, things, items.Count, most) is { } tooMany)
        {
            _refusal = tooMany;
            return items;
        }

        var checkedItems = new List<T>(items.Count);
        for (var i = 0; i < items.Count && _refusal is null; i++)
        {
            var itemCheck = new InputCheck($"{_prefix}{field}[{i}].");
            checkedItems.Add(item(itemCheck, $"{_prefix}{field}[{i}]", items[i]));
            _refusal = itemCheck._refusal;
        }

        return _refusal is null ? checkedItems : items;
    }

    /// <summary>A bounded list of texts of one kind, e.g. a meeting's decisions.</summary>
    public IReadOnlyList<string> Texts(TextKind kind, string field, string things, string label, int most, IReadOnlyList<string> items) =>
        List(field, things, most, items, (check, path, text) =>
            text is null ? text! : check.Take(Input.Text(kind, path, label, text), text));

    /// <summary>A nested input object, e.g. an amendment's <c>changes</c>.</summary>
    public T Nested<T>(string field, T value, Func<InputCheck, T, T> check)
    {
        if (_refusal is not null || value is null)
        {
            return value;
        }

        var nested = new InputCheck($"{_prefix}{field}.");
        var result = check(nested, value);
        _refusal = nested._refusal;
        return _refusal is null ? result : value;
    }

    /// <summary>Keeps <paramref name="result"/>'s refusal if it is the first; gives its value, or <paramref name="unchanged"/> after a refusal.</summary>
    public T Take<T>(Result<T> result, T unchanged)
    {
        if (_refusal is not null)
        {
            return unchanged;
        }

        if (result.IsSuccess)
        {
            return result.Value;
        }

        _refusal = result.Error;
        return unchanged;
    }
}
