using AgreementTracker.GraphQL.DataLoading;
using static AgreementTracker.GraphQL.Tests.Execution.LibraryQueries;

namespace AgreementTracker.GraphQL.Tests.DataLoading;

public sealed class DataLoaderTests
{
    [Fact]
    public async Task A_list_of_books_loads_all_authors_in_one_batch()
    {
        var library = new SampleLibrary();
        var json = await Run(library, "{ allBooks { title author { name } writer { name } } }");
        Assert.Equal(1, library.AuthorBatches);
        Assert.Contains("\"author\":{\"name\":\"Karen Blixen\"}", json);
        Assert.DoesNotContain("errors", json);
    }

    [Fact]
    public async Task Keys_seen_earlier_in_the_request_are_not_loaded_again()
    {
        var library = new SampleLibrary();
        var json = await Run(library, "{ allBooks { author { books { author { name } } } } }");
        Assert.Equal(1, library.AuthorBatches);
        Assert.DoesNotContain("errors", json);
    }

    [Fact]
    public async Task Keys_queued_outside_execution_are_dispatched_and_cached()
    {
        var calls = new List<IReadOnlyList<int>>();
        var registry = new DataLoaderRegistry();
        var loader = registry.GetOrAdd<int, string>("squares", (keys, _) =>
        {
            calls.Add(keys);
            return Task.FromResult<IReadOnlyDictionary<int, string>>(keys.Where(k => k != 3).ToDictionary(k => k, k => (k * k).ToString()));
        });
        using (registry.Hold())
        {
            _ = loader.LoadAsync(1);
            _ = loader.LoadAsync(2);
            _ = loader.LoadAsync(1);
            _ = loader.LoadAsync(3);
        }
        Assert.Equal(["1", "4", null], await loader.LoadManyAsync([1, 2, 3]));
        Assert.Equal([1, 2, 3], Assert.Single(calls));
    }

    [Fact]
    public async Task Batch_failures_fail_every_waiting_key()
    {
        var registry = new DataLoaderRegistry();
        var loader = registry.GetOrAdd<int, string>("broken", (_, _) => throw new InvalidOperationException("database down"));
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => loader.LoadAsync(1));
        Assert.Equal("database down", error.Message);
    }

    [Fact]
    public async Task Max_batch_size_splits_batches()
    {
        var sizes = new List<int>();
        var registry = new DataLoaderRegistry();
        var loader = registry.GetOrAdd<int, int>("limited", (keys, _) =>
        {
            sizes.Add(keys.Count);
            return Task.FromResult<IReadOnlyDictionary<int, int>>(keys.ToDictionary(k => k));
        }, new DataLoaderOptions { MaxBatchSize = 2 });
        Task<IReadOnlyList<int>> all;
        using (registry.Hold()) all = loader.LoadManyAsync([1, 2, 3, 4, 5]);
        Assert.Equal([1, 2, 3, 4, 5], await all);
        Assert.Equal([2, 2, 1], sizes);
        Assert.Equal(3, loader.BatchCount);
    }
}
