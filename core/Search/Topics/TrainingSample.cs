namespace KnowledgeGraph.Core.Search.Topics;

/// <summary>
/// What the topic model is trained on, chosen so that it depends on the passages' words only:
/// not on their ids (a document's id is made from its path, so the same files ingested from
/// another folder have other ids), nor on the order they were written or read in, nor on the
/// thread schedule.
/// </summary>
internal static class TrainingSample
{
    private const int ChunkPassages = 1024;

    /// <summary>
    /// The words of every passage <paramref name="include"/> accepts, cut on every core, in the
    /// corpus's order; each id is the instance of <paramref name="ids"/> when it holds it, and
    /// each word one string shared by all its occurrences.
    /// </summary>
    public static List<(string Id, string[] Words)> ReadWords(ITopicCorpus corpus, Func<string, bool> include, TopicWords words, IReadOnlySet<string>? ids = null, PassageWordCache? cut = null)
    {
        var shared = new Dictionary<string, string>(StringComparer.Ordinal);
        var read = new List<(string Id, string[] Words)>();
        var chunk = new List<(string Id, string Text)>(ChunkPassages);
        var segmented = new IReadOnlyList<string>[ChunkPassages];

        void Flush()
        {
            Parallel.For(0, chunk.Count, i => segmented[i] = words.Of(chunk[i].Text));
            for (var i = 0; i < chunk.Count; i++)
            {
                var list = segmented[i];
                var array = new string[list.Count];
                for (var w = 0; w < array.Length; w++)
                {
                    if (!shared.TryGetValue(list[w], out var word))
                    {
                        shared[list[w]] = word = list[w];
                    }

                    array[w] = word;
                }

                var id = chunk[i].Id;
                id = ids is HashSet<string> set && set.TryGetValue(id, out var same) ? same : id;
                read.Add((id, array));
                cut?.Keep(id, array);
                segmented[i] = [];
            }

            chunk.Clear();
        }

        foreach (var passage in corpus.Texts(include))
        {
            chunk.Add(passage);
            if (chunk.Count == ChunkPassages)
            {
                Flush();
            }
        }

        Flush();
        return read;
    }

    /// <summary>
    /// The training texts: one per section (<see cref="TopicIndex.SectionOf"/>), its passages'
    /// words in the order of their place in it, the sections ordered by their words (a hash, then
    /// the words themselves), and at most <paramref name="maximum"/> of them, taken evenly over
    /// that order.
    /// </summary>
    public static List<IReadOnlyList<string>> Of(IReadOnlyList<(string Id, string[] Words)> passages, int maximum)
    {
        var sections = passages
            .GroupBy(p => TopicIndex.SectionOf(p.Id), StringComparer.Ordinal)
            .Select(g => g.OrderBy(p => p.Id, StringComparer.Ordinal).SelectMany(p => p.Words).ToArray())
            .Select(w => (Hash: Hash(w), Words: w))
            .ToList();
        sections.Sort((a, b) => a.Hash != b.Hash ? a.Hash.CompareTo(b.Hash) : Compare(a.Words, b.Words));
        var step = Math.Max(1.0, (double)sections.Count / Math.Max(1, maximum));
        return Enumerable.Range(0, Math.Min(sections.Count, maximum))
            .Select(i => (IReadOnlyList<string>)sections[(int)(i * step)].Words)
            .ToList();
    }

    private static int Compare(string[] a, string[] b)
    {
        for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            var order = string.CompareOrdinal(a[i], b[i]);
            if (order != 0)
            {
                return order;
            }
        }

        return a.Length.CompareTo(b.Length);
    }

    // FNV-1a over the words' UTF-16 code units, a separator after each word.
    private static ulong Hash(string[] words)
    {
        var hash = 14695981039346656037UL;
        foreach (var word in words)
        {
            foreach (var c in word)
            {
                hash = (hash ^ c) * 1099511628211UL;
            }

            hash = (hash ^ 0xffff) * 1099511628211UL;
        }

        return hash;
    }
}
