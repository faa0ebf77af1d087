using System.Collections.Concurrent;
using Lucene.Net.Index;

namespace KnowledgeGraph.Core.Search.Associations;

/// <summary>
/// Words of the corpus that share a rare character with a word, weighted by how rare it is:
/// 托幼 and 托育 share 托, which few words hold; 发展 and 展览 share 展, which many do. The
/// strength is a weighted Jaccard over the two words' characters, each character weighted by its
/// inverse frequency in the corpus (ln(1 + total / its count)). Built from the words field's term
/// dictionary of one index reader, so it follows the index as it is.
/// </summary>
/// <remarks>Thread-safe. A word's neighbours are computed on first use and kept with the instance
/// (which is rebuilt when the index changes), at most <see cref="Remembered"/> words' worth.</remarks>
public sealed class CharacterNeighbours : IAssociateSource
{
    // A character in more of the vocabulary than this is not rare: it proposes no neighbours.
    private const int MaxWordsPerCharacter = 300;

    private const double MinStrength = 0.25;

    /// <summary>Words whose neighbours are kept; past this the instance starts afresh.</summary>
    public const int Remembered = 50_000;

    private readonly Dictionary<char, double> _weight;
    private readonly Dictionary<char, List<string>> _wordsWith;
    private readonly ConcurrentDictionary<string, Associate[]> _known = new(StringComparer.Ordinal);
    private int _added;

    // A character the corpus never uses weighs as much as one it uses once.
    private readonly double _unseen;

    private CharacterNeighbours(Dictionary<char, double> weight, Dictionary<char, List<string>> wordsWith, double unseen)
    {
        _weight = weight;
        _wordsWith = wordsWith;
        _unseen = unseen;
    }

    /// <summary>The words (two Han characters or more) of the <paramref name="field"/> terms of <paramref name="reader"/>.</summary>
    public static CharacterNeighbours From(IndexReader reader, string field = PassageFields.Words)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var occurrences = new Dictionary<char, long>();
        var wordsWith = new Dictionary<char, List<string>>();
        long total = 0;
        var terms = MultiFields.GetTerms(reader, field);
        if (terms is not null)
        {
            var iterator = terms.GetEnumerator();
            while (iterator.MoveNext())
            {
                var word = iterator.Term.Utf8ToString();
                if (word.Length < 2 || !word.All(IsHan))
                {
                    continue;
                }

                var frequency = iterator.DocFreq;
                foreach (var c in word.Distinct())
                {
                    occurrences[c] = occurrences.GetValueOrDefault(c) + frequency;
                    total += frequency;
                    if (!wordsWith.TryGetValue(c, out var list))
                    {
                        wordsWith[c] = list = [];
                    }

                    list.Add(word);
                }
            }
        }

        var weight = occurrences.ToDictionary(o => o.Key, o => Math.Log(1.0 + (total / (double)o.Value)));
        return new CharacterNeighbours(weight, wordsWith, Math.Log(1.0 + total));
    }

    /// <summary>Words sharing a rare character with <paramref name="word"/>, strongest first.</summary>
    public IReadOnlyList<Associate> Of(string word, int max)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length < 2)
        {
            return [];
        }

        if (!_known.TryGetValue(word, out var all))
        {
            all = Compute(word);
            if (Interlocked.Increment(ref _added) > Remembered)
            {
                _known.Clear();
                Interlocked.Exchange(ref _added, 0);
            }

            _known[word] = all;
        }

        return all.Length <= max ? all : all[..max];
    }

    private Associate[] Compute(string word)
    {
        var own = word.Where(IsHan).Distinct().ToArray();
        var candidates = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in own)
        {
            if (_wordsWith.TryGetValue(c, out var list) && list.Count <= MaxWordsPerCharacter)
            {
                candidates.UnionWith(list);
            }
        }

        candidates.Remove(word);
        return candidates
            .Select(c => new Associate(c, Jaccard(own, c), AssociateSource.Character))
            .Where(a => a.Strength >= MinStrength)
            .OrderByDescending(a => a.Strength)
            .ThenBy(a => a.Term, StringComparer.Ordinal)
            .ToArray();
    }

    // Summed over the word's own characters, then the other's others, each once, in order.
    private double Jaccard(char[] own, string other)
    {
        double shared = 0, union = 0;
        foreach (var c in own)
        {
            var weight = _weight.GetValueOrDefault(c, _unseen);
            union += weight;
            if (other.Contains(c, StringComparison.Ordinal))
            {
                shared += weight;
            }
        }

        for (var i = 0; i < other.Length; i++)
        {
            var c = other[i];
            if (Array.IndexOf(own, c) < 0 && other.IndexOf(c, StringComparison.Ordinal) == i)
            {
                union += _weight.GetValueOrDefault(c, _unseen);
            }
        }

        return union <= 0 ? 0 : shared / union;
    }

    private static bool IsHan(char c) => c is >= '\u4e00' and <= '\u9fff' or >= '\u3400' and <= '\u4dbf';
}
