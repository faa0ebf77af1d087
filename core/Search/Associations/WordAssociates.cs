using Lucene.Net.Index;

namespace KnowledgeGraph.Core.Search.Associations;

/// <summary>
/// How much each source of associates counts (its own strength, 0 to 1, is multiplied by this),
/// how many each may give a word, and which associates are worth searching for.
/// </summary>
/// <param name="Dictionary">CC-CEDICT synonyms.</param>
/// <param name="Cooccurrence">Words found in the same passages (normalised PMI).</param>
/// <param name="Context">Words found with the same other words (second-order).</param>
/// <param name="Character">Words sharing a rare character.</param>
/// <param name="PerSource">Associates taken from each source for one word, at most.</param>
/// <param name="MinStrength">An associate weaker than this (after weighting) is dropped.</param>
/// <param name="MaxShare">An associate found in more than this share of the passages is dropped: it says nothing in particular.</param>
public sealed record AssociationWeights(
    double Dictionary = 0.8,
    double Cooccurrence = 0.3,
    double Context = 0.3,
    double Character = 0.3,
    int PerSource = 6,
    double MinStrength = 0.05,
    double MaxShare = 0.05)
{
    /// <summary>No learned or dictionary associates at all.</summary>
    public static AssociationWeights None { get; } = new(0, 0, 0, 0);
}

/// <summary>
/// The associates of a query's word from every source that is not the hand vocabulary: the
/// general dictionary, what the corpus co-occurrence taught, and rare shared characters; each
/// weighted, kept only when the index holds it (a word no passage holds finds nothing), and
/// the strongest source kept when two give the same word. A compound is also read part by part:
/// 私营企业 (私营 + 企业) finds 民营企业 because the dictionary glosses 私营 and 民营 alike
/// (strength: the product of its parts').
/// </summary>
/// <remarks>Thread-safe.</remarks>
public sealed class WordAssociates(Func<CooccurrenceAssociations> cooccurrence, Lazy<DictionarySynonyms> dictionary, Func<string, IReadOnlyList<string>>? parts = null)
{
    /// <summary>Loads the dictionary now rather than on the first query that needs it.</summary>
    public void Warm() => _ = dictionary.Value;

    // Combinations of the parts' synonyms tried for one compound, at most.
    private const int MaxCompounds = 64;

    private readonly object _gate = new();
    private (object? Key, CharacterNeighbours? Neighbours) _characters;

    /// <summary>The associates of <paramref name="word"/> that <paramref name="reader"/>'s index holds, strongest first.</summary>
    /// <param name="word">The word.</param>
    /// <param name="reader">The index the associates must be in.</param>
    /// <param name="weights">How much each source counts.</param>
    /// <param name="docFreq">The frequency of a term in a field of the index (remembered by the caller); the reader's own when null.</param>
    public IReadOnlyList<Associate> Of(string word, IndexReader reader, AssociationWeights weights, Func<string, string, int>? docFreq = null)
    {
        docFreq ??= (field, text) => reader.DocFreq(new Term(field, text));
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(weights);
        var found = new Dictionary<string, Associate>(StringComparer.Ordinal);
        var maxFrequency = Math.Max(2, weights.MaxShare * reader.NumDocs);
        void Take(IEnumerable<Associate> associates, double weight)
        {
            if (weight <= 0)
            {
                return;
            }

            var taken = 0;
            foreach (var associate in associates)
            {
                if (taken >= weights.PerSource)
                {
                    break;
                }

                var strength = Math.Min(1.0, associate.Strength * weight);
                if (associate.Term == word || strength < weights.MinStrength)
                {
                    continue;
                }

                var frequency = docFreq(PassageFields.Words, associate.Term);
                if (frequency == 0 || frequency > maxFrequency)
                {
                    continue;
                }

                taken++;
                if (!found.TryGetValue(associate.Term, out var known) || known.Strength < strength)
                {
                    found[associate.Term] = associate with { Strength = strength };
                }
            }
        }

        // Sources give more than they keep: some of what they propose is not in the index.
        var asked = weights.PerSource * 4;
        Take(weights.Dictionary > 0 ? dictionary.Value.Of(word, asked).Concat(Compounds(word)).OrderByDescending(a => a.Strength) : [], weights.Dictionary);
        var learned = cooccurrence();
        Take(learned.Cooccurring(word, asked), weights.Cooccurrence);
        Take(weights.Context > 0 ? learned.InContext(word, asked) : [], weights.Context);
        Take(weights.Character > 0 ? Characters(reader).Of(word, asked) : [], weights.Character);
        return found.Values.OrderByDescending(a => a.Strength).ThenBy(a => a.Term, StringComparer.Ordinal).ToList();
    }

    // The word's parts (two characters or more each), each replaced by itself or one of its
    // dictionary synonyms: 私营企业 → 民营企业, 私营经济 … (whether the index holds them is checked after).
    private IEnumerable<Associate> Compounds(string word)
    {
        var split = parts?.Invoke(word) ?? [];
        if (split.Count is < 2 or > 3 || split.Any(p => p.Length < 2) || string.Concat(split) != word)
        {
            return [];
        }

        IEnumerable<(string Text, double Strength)> combinations = [("", 1.0)];
        foreach (var part in split)
        {
            var options = dictionary.Value.Of(part, 6).Select(a => (a.Term, a.Strength)).Prepend((part, 1.0)).ToList();
            combinations = combinations.SelectMany(c => options.Select(o => (c.Text + o.Item1, c.Strength * o.Item2))).Take(MaxCompounds).ToList();
        }

        return combinations.Where(c => c.Text != word).Select(c => new Associate(c.Text, c.Strength, AssociateSource.Dictionary));
    }

    // Built from the reader's term dictionary, again when the index has changed.
    private CharacterNeighbours Characters(IndexReader reader)
    {
        var key = reader.CoreCacheKey;
        lock (_gate)
        {
            if (!ReferenceEquals(_characters.Key, key) || _characters.Neighbours is null)
            {
                _characters = (key, CharacterNeighbours.From(reader));
            }

            return _characters.Neighbours;
        }
    }
}
