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
/// the strongest source kept when two give the same word.
/// </summary>
/// <remarks>Thread-safe.</remarks>
public sealed class WordAssociates(Func<CooccurrenceAssociations> cooccurrence, Lazy<DictionarySynonyms> dictionary)
{
    private readonly object _gate = new();
    private (object? Key, CharacterNeighbours? Neighbours) _characters;

    /// <summary>The associates of <paramref name="word"/> that <paramref name="reader"/>'s index holds, strongest first.</summary>
    public IReadOnlyList<Associate> Of(string word, IndexReader reader, AssociationWeights weights)
    {
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

                var frequency = reader.DocFreq(new Term(PassageFields.Words, associate.Term));
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
        Take(weights.Dictionary > 0 ? dictionary.Value.Of(word, asked) : [], weights.Dictionary);
        var learned = cooccurrence();
        Take(learned.Cooccurring(word, asked), weights.Cooccurrence);
        Take(weights.Context > 0 ? learned.InContext(word, asked) : [], weights.Context);
        Take(weights.Character > 0 ? Characters(reader).Of(word, asked) : [], weights.Character);
        return found.Values.OrderByDescending(a => a.Strength).ThenBy(a => a.Term, StringComparer.Ordinal).ToList();
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
