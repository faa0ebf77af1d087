using System.Text;

namespace KnowledgeGraph.Core.Search.Associations;

/// <summary>
/// How often the words of a corpus occur in its passages, alone and two together: the counts
/// word associations are learned from (<see cref="CooccurrenceAssociations"/>). Each passage
/// counts a word once, and a pair of words once, however often they are repeated in it.
/// </summary>
/// <remarks>
/// <para>Additive: a passage's counts are added when it is read (<see cref="Add"/>); the passages
/// counted are remembered (by a 64-bit hash of their id), so a refresh reads only new ones.
/// Removed passages are not subtracted (their text is gone from the index when the refresh
/// runs): they are tallied as <see cref="Stale"/>, and the counts are made anew once the stale
/// and the added since the last full count reach a share of the corpus
/// (<see cref="AssociationMaintenance"/>).</para>
/// <para>Memory is bounded: when the pairs exceed the budget, the rarest are dropped until half
/// of it remains (lossy counting: pairs that rare seldom reach the count an association needs).</para>
/// <para>Not thread-safe while counting; read-only once loaded.</para>
/// </remarks>
/// <param name="maxPairs">Pairs kept before the rarest are dropped.</param>
/// <param name="rememberPassages">
/// Whether the passages counted are remembered (and saved). Counts kept beside others that
/// remember the same passages (the entities beside the words) need not: their caller adds each
/// passage once, and asks the others what was counted.
/// </param>
public sealed class Cooccurrence(int maxPairs = Cooccurrence.DefaultMaxPairs, bool rememberPassages = true)
{
    /// <summary>Pairs kept, by default, before the rarest are dropped.</summary>
    public const int DefaultMaxPairs = 8_000_000;

    /// <summary>Distinct words of one passage that are paired, at most (the first ones, in order).</summary>
    public const int MaxWordsPerPassage = 40;

    // 2: counts as variable-length integers, pairs in key order as differences from the one
    // before (a third of the size of version 1's fixed-width fields). Version 1 is still read.
    private const int FileVersion = 2;

    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<string> _words = [];
    private readonly List<int> _counts = [];
    private PairCounts _pairs = new();
    private readonly HashSet<ulong> _passages = [];

    // One passage's distinct word ids (the first MaxWordsPerPassage, then sorted) and all it has
    // seen: kept from passage to passage, cleared at each.
    private readonly List<int> _passageIds = new(MaxWordsPerPassage);
    private readonly HashSet<int> _passageSeen = [];

    /// <summary>Passages counted.</summary>
    public int Passages { get; private set; }

    /// <summary>Passages counted that have since left the corpus.</summary>
    public int Stale { get; set; }

    /// <summary>Passages counted when the counts were last made from the whole corpus.</summary>
    public int FullCountOf { get; set; }

    /// <summary>Distinct words seen.</summary>
    public int Vocabulary => _words.Count;

    /// <summary>Times the rarest pairs were dropped since these counts were made or loaded.</summary>
    public int Prunes { get; private set; }

    /// <summary>Distinct pairs kept.</summary>
    public int PairCount => _pairs.Count;

    /// <summary>The words, by id.</summary>
    public IReadOnlyList<string> Words => _words;

    /// <summary>In how many passages each word occurs, by id.</summary>
    public IReadOnlyList<int> Counts => _counts;

    /// <summary>The id of a word, or -1.</summary>
    public int IdOf(string word) => _ids.TryGetValue(word, out var id) ? id : -1;

    /// <summary>Whether the passages counted are remembered (<see cref="Counted"/> and <see cref="CountMissing"/> answer).</summary>
    public bool RemembersPassages => rememberPassages;

    /// <summary>Whether the passage with this id was counted.</summary>
    /// <exception cref="InvalidOperationException">These counts do not remember their passages.</exception>
    public bool Counted(string passageId) => Remembered.Contains(Hash(passageId));

    /// <summary>Every pair (ids, the smaller first) with its count.</summary>
    public IEnumerable<(int A, int B, int Count)> Pairs() =>
        _pairs.All().Select(p => ((int)(p.Key >> 32), (int)(p.Key & 0xffffffff), p.Count));

    /// <summary>
    /// Counts one passage's words (repeats and order do not matter beyond the first
    /// <see cref="MaxWordsPerPassage"/>). A passage already counted is skipped when the passages
    /// are remembered; otherwise the caller must add each passage once.
    /// </summary>
    public void Add(string passageId, IEnumerable<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        if (rememberPassages && !_passages.Add(Hash(passageId)))
        {
            return;
        }

        Passages++;
        var ids = _passageIds;
        var seen = _passageSeen;
        ids.Clear();
        seen.Clear();
        foreach (var word in words)
        {
            var id = Intern(word);
            if (seen.Add(id))
            {
                _counts[id]++;
                if (ids.Count < MaxWordsPerPassage)
                {
                    ids.Add(id);
                }
            }
        }

        ids.Sort();
        for (var i = 0; i < ids.Count; i++)
        {
            for (var j = i + 1; j < ids.Count; j++)
            {
                var key = ((long)ids[i] << 32) | (uint)ids[j];
                _pairs[key]++; // one look-up, not two
            }
        }

        if (_pairs.Count > maxPairs)
        {
            Prune();
        }
    }

    // Lossy counting: drops the rarest pairs, raising the count a pair needs to stay until at
    // most half of the budget remains. Dropping only the pairs seen once left the table full when
    // most pairs had been seen twice, and then every passage after paid a pass over all of it;
    // halving keeps the passes rare, so counting stays linear in the corpus. A pair dropped and seen again starts from one: it is undercounted, never overcounted.
    private void Prune()
    {
        Prunes++;
        var byCount = _pairs.CountsUpTo(64);

        var floor = 0;
        var kept = (long)_pairs.Count;
        while (floor < 64 && kept > maxPairs / 2)
        {
            floor++;
            kept -= byCount[floor];
        }

        _pairs.DropUpTo(floor);
    }

    /// <summary>How many of the passages counted are not among <paramref name="present"/> (the ids of the corpus now).</summary>
    public int CountMissing(IReadOnlyCollection<string> present)
    {
        ArgumentNullException.ThrowIfNull(present);
        var remembered = Remembered;
        var hashes = present.Select(Hash).ToHashSet();
        return remembered.Count(h => !hashes.Contains(h));
    }

    /// <summary>Writes the counts to <paramref name="path"/> (through a temporary file, so a reader never sees half of it).</summary>
    public void Save(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using (var stream = new BufferedStream(File.Create(path + ".tmp"), 1 << 16))
        using (var writer = new BinaryWriter(stream, Encoding.UTF8))
        {
            writer.Write(FileVersion);
            writer.Write(Passages);
            writer.Write(Stale);
            writer.Write(FullCountOf);
            writer.Write(_words.Count);
            for (var i = 0; i < _words.Count; i++)
            {
                writer.Write(_words[i]);
                writer.Write7BitEncodedInt(_counts[i]);
            }

            writer.Write(_pairs.Count);
            var previous = 0L;
            var (keys, counts) = _pairs.SortedByKey();
            for (var i = 0; i < keys.Length; i++)
            {
                writer.Write7BitEncodedInt64(keys[i] - previous);
                writer.Write7BitEncodedInt(counts[i]);
                previous = keys[i];
            }

            writer.Write(_passages.Count);
            foreach (var hash in _passages)
            {
                writer.Write(hash);
            }
        }

        File.Move(path + ".tmp", path, overwrite: true);
    }

    /// <summary>Reads counts written by <see cref="Save"/>.</summary>
    /// <param name="path">The file.</param>
    /// <param name="rememberPassages">Whether the loaded counts remember their passages (a file saved without them loads none).</param>
    /// <exception cref="InvalidDataException">The file is not such counts.</exception>
    public static Cooccurrence Load(string path, bool rememberPassages = true)
    {
        using var stream = new BufferedStream(File.OpenRead(path), 1 << 16);
        using var reader = new BinaryReader(stream, Encoding.UTF8);
        try
        {
            var version = reader.ReadInt32();
            if (version is not (1 or FileVersion))
            {
                throw new InvalidDataException($"{path} was written by another version: count again.");
            }

            var compact = version == FileVersion;

            var counts = new Cooccurrence(rememberPassages: rememberPassages) { Passages = reader.ReadInt32(), Stale = reader.ReadInt32(), FullCountOf = reader.ReadInt32() };
            var words = reader.ReadInt32();
            for (var i = 0; i < words; i++)
            {
                var word = reader.ReadString();
                counts._ids[word] = i;
                counts._words.Add(word);
                counts._counts.Add(compact ? reader.Read7BitEncodedInt() : reader.ReadInt32());
            }

            var pairs = reader.ReadInt32();
            counts._pairs = new PairCounts(pairs);
            var key = 0L;
            for (var i = 0; i < pairs; i++)
            {
                key = compact ? key + reader.Read7BitEncodedInt64() : reader.ReadInt64();
                counts._pairs[key] = compact ? reader.Read7BitEncodedInt() : reader.ReadInt32();
            }

            var passages = reader.ReadInt32();
            counts._passages.EnsureCapacity(rememberPassages ? passages : 0);
            for (var i = 0; i < passages; i++)
            {
                var hash = reader.ReadUInt64();
                if (rememberPassages)
                {
                    counts._passages.Add(hash);
                }
            }

            return counts;
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException($"{path} ends early.", e);
        }
    }

    private HashSet<ulong> Remembered => rememberPassages
        ? _passages
        : throw new InvalidOperationException("These counts do not remember their passages: ask the counts kept beside them.");

    private int Intern(string word)
    {
        if (!_ids.TryGetValue(word, out var id))
        {
            id = _words.Count;
            _ids[word] = id;
            _words.Add(word);
            _counts.Add(0);
        }

        return id;
    }

    // FNV-1a over the UTF-16 code units: 64 bits keep a collision between a million ids unlikely (about 1 in 10^7).
    private static ulong Hash(string id)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in id)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash;
    }
}

/// <summary>
/// Hashes a pair key (two word ids, one in each half) by Fibonacci hashing of all 64 bits
/// (<see cref="PairCounts"/> takes a slot from the hash's top bits).
/// The default hash of a long, the two halves XORed, maps every pair of small ids below the
/// next power of two (a ^ b), so a table of millions of pairs over a vocabulary of thousands
/// fell into a few thousand chains: 100,000 passages' entity pairs took 11 CPU s instead of 0.1.
/// </summary>
internal sealed class PairKeys : IEqualityComparer<long>
{
    public static PairKeys Instance { get; } = new();

    public bool Equals(long x, long y) => x == y;

    public int GetHashCode(long key) => (int)(((ulong)key * 0x9E3779B97F4A7C15UL) >> 32);
}
