using System.Runtime.CompilerServices;

namespace KnowledgeGraph.Core.Graph;

/// <summary>
/// Every node and relation of a store, read as one whole: what an export reads. Disposing it ends
/// the read.
/// </summary>
internal interface IGraphSnapshot : IAsyncDisposable
{
    /// <summary>Every node with its evidence, in id order, streamed.</summary>
    IAsyncEnumerable<Node> ReadAllNodesAsync(CancellationToken cancellationToken);

    /// <summary>Every relation with its evidence, in id order, streamed.</summary>
    IAsyncEnumerable<Relation> ReadAllRelationsAsync(CancellationToken cancellationToken);
}

/// <summary>A store that can hold one consistent view of the whole graph for as long as a snapshot is open.</summary>
internal interface IGraphSnapshotSource
{
    /// <summary>
    /// Opens a snapshot that sees the graph as it stands now: nodes and relations read through it
    /// agree with each other, whatever is written meanwhile.
    /// </summary>
    Task<IGraphSnapshot> OpenSnapshotAsync(CancellationToken cancellationToken);
}

/// <summary>Snapshots of any store, and the paging the stores share.</summary>
internal static class GraphSnapshot
{
    /// <summary>
    /// The store's own snapshot when it can give one (<see cref="IGraphSnapshotSource"/>); otherwise
    /// its <see cref="IGraphStore.ReadAllNodesAsync"/> and <see cref="IGraphStore.ReadAllRelationsAsync"/>
    /// as they are, which may see writes made between their pages.
    /// </summary>
    public static async Task<IGraphSnapshot> OpenAsync(IGraphStore store, CancellationToken cancellationToken) =>
        store is IGraphSnapshotSource source ? await source.OpenSnapshotAsync(cancellationToken) : new Unshared(store);

    /// <summary>
    /// Streams items in id order by asking for one page after another: each page is the
    /// <paramref name="pageSize"/> items after the last id of the page before.
    /// </summary>
    public static async IAsyncEnumerable<T> PagesAsync<T>(
        Func<string, int, CancellationToken, Task<List<T>>> page, Func<T, string> id, int pageSize, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (var after = ""; ;)
        {
            var items = await page(after, pageSize, cancellationToken);
            foreach (var item in items)
            {
                yield return item;
            }

            if (items.Count < pageSize)
            {
                yield break;
            }

            after = id(items[^1]);
        }
    }

    private sealed class Unshared(IGraphStore store) : IGraphSnapshot
    {
        public IAsyncEnumerable<Node> ReadAllNodesAsync(CancellationToken cancellationToken) => store.ReadAllNodesAsync(cancellationToken);

        public IAsyncEnumerable<Relation> ReadAllRelationsAsync(CancellationToken cancellationToken) => store.ReadAllRelationsAsync(cancellationToken);

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
