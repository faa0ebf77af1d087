using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace KnowledgeGraph.Core.Search.Topics;

/// <summary>
/// What one refresh read of the passages, kept for the next refresh of the same run (the topic
/// model's, then the associations'), so that each passage is cut once and its stored fields are
/// decompressed once: the words (<see cref="TopicWords.Of"/>) of the passages cut, and the ids of
/// the entities of those read that name any (<see cref="PassageEntity.IdsOf"/>). Meant to live for
/// one run; not thread-safe.
/// </summary>
/// <remarks>
/// Held through both refreshes for every passage of the corpus (840,000 at 100 MB), so kept
/// compact: one entry per passage, its entity ids as a run of numbers in one array shared by all
/// passages (each distinct id one string, numbered as first kept), and everything let go once the
/// last passage is taken.
/// </remarks>
public sealed class PassageWordCache
{
    private Dictionary<string, Entry> _passages = new(StringComparer.Ordinal);

    // Each distinct entity id once, by number; the numbers of the ids while passages are kept
    // (dropped when the first are taken, made again only if more are kept after).
    private List<string> _entityIds = [];
    private Dictionary<string, int>? _entityNumbers;

    // The passages' runs of entity numbers, one after another.
    private int[] _runs = [];
    private int _runsLength;

    /// <summary>Passages whose words are kept.</summary>
    public int Count { get; private set; }

    /// <summary>Makes room for <paramref name="passages"/> passages at once, so that the table is not grown (and copied) as they are kept.</summary>
    public void Reserve(int passages) => _passages.EnsureCapacity(passages);

    /// <summary>Keeps the words of a passage.</summary>
    public void Keep(string passageId, string[] words)
    {
        ArgumentNullException.ThrowIfNull(words);
        ref var entry = ref CollectionsMarshal.GetValueRefOrAddDefault(_passages, passageId, out _);
        if (entry.Words is null)
        {
            Count++;
        }

        entry.Words = words;
    }

    /// <summary>The kept words of a passage, or null.</summary>
    public string[]? Find(string passageId) => _passages.TryGetValue(passageId, out var entry) ? entry.Words : null;

    /// <summary>The kept words of a passage, or null, no longer kept: for the last reader, so that the cache empties as it reads.</summary>
    public string[]? Take(string passageId)
    {
        ref var entry = ref CollectionsMarshal.GetValueRefOrNullRef(_passages, passageId);
        if (Unsafe.IsNullRef(ref entry) || entry.Words is not { } words)
        {
            return null;
        }

        entry.Words = null;
        Count--;
        Forget(passageId, entry);
        return words;
    }

    /// <summary>Keeps the ids of the entities a passage names, in their order; none kept when there are none.</summary>
    public void KeepEntities(string passageId, IReadOnlyList<string> entityIds)
    {
        ArgumentNullException.ThrowIfNull(entityIds);
        if (entityIds.Count == 0)
        {
            return;
        }

        if (_entityNumbers is null)
        {
            _entityNumbers = new Dictionary<string, int>(_entityIds.Count, StringComparer.Ordinal);
            for (var i = 0; i < _entityIds.Count; i++)
            {
                _entityNumbers[_entityIds[i]] = i;
            }
        }

        if (_runsLength + entityIds.Count > _runs.Length)
        {
            Array.Resize(ref _runs, Math.Max(_runsLength + entityIds.Count, Math.Max(1024, _runs.Length * 2)));
        }

        var start = _runsLength;
        foreach (var id in entityIds)
        {
            ref var number = ref CollectionsMarshal.GetValueRefOrAddDefault(_entityNumbers, id, out var exists);
            if (!exists)
            {
                number = _entityIds.Count;
                _entityIds.Add(id);
            }

            _runs[_runsLength++] = number;
        }

        ref var entry = ref CollectionsMarshal.GetValueRefOrAddDefault(_passages, passageId, out _);
        entry.EntityStart = start;
        entry.EntityCount = entityIds.Count;
    }

    /// <summary>The kept entity ids of a passage, or null (none kept: not read, or naming none), no longer kept; each id one string shared by all the passages that name it.</summary>
    public string[]? TakeEntities(string passageId)
    {
        // The passages are being taken: the numbers serve only to keep more.
        _entityNumbers = null;
        ref var entry = ref CollectionsMarshal.GetValueRefOrNullRef(_passages, passageId);
        if (Unsafe.IsNullRef(ref entry) || entry.EntityCount == 0)
        {
            return null;
        }

        var ids = new string[entry.EntityCount];
        for (var i = 0; i < ids.Length; i++)
        {
            ids[i] = _entityIds[_runs[entry.EntityStart + i]];
        }

        entry.EntityCount = 0;
        Forget(passageId, entry);
        return ids;
    }

    // Removes a passage once nothing of it is kept, and lets everything go with the last one
    // (a dictionary does not shrink as it empties).
    private void Forget(string passageId, Entry entry)
    {
        if (entry.Words is not null || entry.EntityCount != 0)
        {
            return;
        }

        _passages.Remove(passageId);
        if (_passages.Count == 0)
        {
            _passages = new Dictionary<string, Entry>(StringComparer.Ordinal);
            _entityIds = [];
            _entityNumbers = null;
            _runs = [];
            _runsLength = 0;
        }
    }

    private struct Entry
    {
        public string[]? Words;
        public int EntityStart;
        public int EntityCount;
    }
}
