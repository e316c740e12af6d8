using System.Collections.Immutable;

namespace AgreementTracker.Domain.Common;

public static class ImmutableListExtensions
{
    /// <summary>Replaces the first item matching <paramref name="match"/> with <paramref name="change"/> applied to it.</summary>
    public static ImmutableList<T> Update<T>(this ImmutableList<T> list, Predicate<T> match, Func<T, T> change)
    {
        var index = list.FindIndex(match);
        if (index < 0)
        {
            throw new InvalidOperationException($"No {typeof(T).Name} matched; the event refers to something the stream never introduced.");
        }

        return list.SetItem(index, change(list[index]));
    }
}
