using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace KnowledgeGraph.Core.Search;

/// <summary>
/// The postings of a plan's forms (<see cref="MatchPlan"/>), read for one search the way
/// Lucene's term and exact-phrase scorers read them, and scored by the searcher's similarity
/// exactly as they score, but with the readers shared: one terms enumerator per segment and
/// field for every lookup of the search, and one postings enumerator (one per place in a phrase)
/// reused from form to form. Lucene's weights make a new enumerator for every term in every
/// segment, and each one copies its index input (<c>ByteBufferIndexInput.Clone</c>, which on a
/// memory-mapped index also registers the copy in a table shared by every thread): a search with
/// fifty forms over five segments made hundreds. A form no passage holds in a segment reads
/// nothing there; a form whose score is not wanted (an associate or an entity, which count as a
/// constant) reads document ids only, not frequencies. Any other query (a numeric range, a
/// Boolean query that is scored) goes through Lucene's own weight.
/// </summary>
/// <remarks>One instance per search and thread: the enumerators it shares are not thread-safe, and a cursor must be read to its end (or left) before the next one of the same field is opened.</remarks>
internal sealed class FormPostings(IndexSearcher searcher, CommonPostings? common = null)
{
    /// <summary>Where the lists of common forms are kept between searches; none when null.</summary>
    public CommonPostings? Common => common;

    /// <summary>The reader searched.</summary>
    public IndexReader Reader => searcher.IndexReader;

    private readonly Dictionary<string, CollectionStatistics?> _collections = new(StringComparer.Ordinal);
    private readonly Dictionary<(int Leaf, string Field), FieldReaders?> _fields = [];

    /// <summary>Prepares a form: its terms looked up in every segment, and its BM25 weight when <paramref name="scored"/>.</summary>
    public PreparedForm Prepare(Query query, bool scored)
    {
        switch (query)
        {
            case TermQuery term when term.Boost == 1f:
                return PrepareTerms([term.Term], [0], scored, phrase: false);
            case PhraseQuery phrase when phrase.Boost == 1f && phrase.Slop == 0 && phrase.GetTerms().Length > 1 && phrase.GetTerms().All(t => t.Field == phrase.GetTerms()[0].Field):
                return PrepareTerms(phrase.GetTerms(), phrase.GetPositions(), scored, phrase: true);
            case BooleanQuery either when !scored && either.MinimumNumberShouldMatch == 0 && either.Clauses.Count > 0
                && either.Clauses.All(c => c.Occur == Occur.SHOULD && c.Query is TermQuery or PhraseQuery):
                {
                    var parts = either.Clauses.Select(c => Prepare(c.Query, scored: false)).ToList();
                    return parts.All(p => p is TermsForm) ? new UnionForm(parts.Cast<TermsForm>().ToList()) : new LuceneForm(searcher.CreateNormalizedWeight(query));
                }

            default:
                return new LuceneForm(searcher.CreateNormalizedWeight(query));
        }
    }

    private TermsForm PrepareTerms(Term[] terms, int[] positions, bool scored, bool phrase)
    {
        var leaves = searcher.IndexReader.Leaves;
        var field = terms[0].Field;
        var states = new TermContext[terms.Length];
        for (var i = 0; i < terms.Length; i++)
        {
            states[i] = new TermContext(searcher.TopReaderContext);
            foreach (var leaf in leaves)
            {
                if (Readers(leaf, field) is { } readers && readers.Terms.SeekExact(terms[i].Bytes))
                {
                    states[i].Register(readers.Terms.GetTermState(), leaf.Ord, readers.Terms.DocFreq, readers.Terms.TotalTermFreq);
                }
            }
        }

        Similarity.SimWeight? weight = null;
        if (scored && Collection(field) is { } collection)
        {
            // As IndexSearcher.CreateNormalizedWeight does for a TermQuery or a PhraseQuery of boost 1.
            var similarity = searcher.Similarity;
            weight = similarity.ComputeWeight(1f, collection, terms.Select((t, i) => searcher.TermStatistics(t, states[i])).ToArray());
            var norm = similarity.QueryNorm(weight.GetValueForNormalization());
            weight.Normalize(float.IsInfinity(norm) || float.IsNaN(norm) ? 1f : norm, 1f);
        }

        return new TermsForm(this, terms, positions, states, searcher.Similarity, weight, phrase);
    }

    private CollectionStatistics? Collection(string field)
    {
        if (!_collections.TryGetValue(field, out var statistics))
        {
            _collections[field] = statistics = searcher.CollectionStatistics(field);
        }

        return statistics;
    }

    /// <summary>The shared readers of a field in a segment, null when the segment has no terms in it.</summary>
    internal FieldReaders? Readers(AtomicReaderContext leaf, string field)
    {
        if (!_fields.TryGetValue((leaf.Ord, field), out var readers))
        {
            var terms = leaf.AtomicReader.GetTerms(field);
            _fields[(leaf.Ord, field)] = readers = terms is null ? null : new FieldReaders(terms.GetEnumerator());
        }

        return readers;
    }

    /// <summary>A field's terms enumerator in one segment and the postings enumerators handed back for reuse.</summary>
    internal sealed class FieldReaders(TermsEnum terms)
    {
        public TermsEnum Terms { get; } = terms;

        public DocsEnum? Docs { get; set; }

        public List<DocsAndPositionsEnum?> Positions { get; } = [];
    }
}

/// <summary>A form ready to be read segment by segment.</summary>
internal abstract class PreparedForm
{
    /// <summary>A cursor over the form's passages in the segment, or null when it has none there.</summary>
    /// <param name="leaf">The segment.</param>
    /// <param name="live">The segment's live documents (null when all are).</param>
    /// <param name="only">When given, a subset of the live documents beyond which the caller wants
    /// nothing: the postings read where they lie skip the others without looking further at them
    /// (a phrase's places are not read there). Kept postings (<see cref="CommonPostings"/>) are
    /// walked whole: the caller still checks every document against it.</param>
    /// <param name="whole">Whether the caller reads the cursor to its end (and not, say, at a few
    /// documents it advances to): a frequent list read whole is kept (<see cref="CommonPostings.IsFrequent"/>).</param>
    public abstract FormCursor? Open(AtomicReaderContext leaf, IBits? live, IBits? only = null, bool whole = false);
}

/// <summary>The passages of a form in one segment, in document order, with their BM25 scores when the form was prepared scored.</summary>
internal abstract class FormCursor
{
    /// <summary>The current document, −1 before the first.</summary>
    public int DocID { get; protected set; } = -1;

    public abstract int NextDoc();

    public abstract int Advance(int target);

    /// <summary>The score at <see cref="DocID"/> (only when the form was prepared scored).</summary>
    public abstract float Score();
}

/// <summary>Lucene's own weight, for the queries <see cref="FormPostings"/> does not read itself.</summary>
internal sealed class LuceneForm(Weight weight) : PreparedForm
{
    public override FormCursor? Open(AtomicReaderContext leaf, IBits? live, IBits? only = null, bool whole = false) =>
        weight.GetScorer(leaf, only ?? live) is { } scorer ? new Cursor(scorer) : null;

    private sealed class Cursor(Scorer scorer) : FormCursor
    {
        public override int NextDoc() => DocID = scorer.NextDoc();

        public override int Advance(int target) => DocID = scorer.Advance(target);

        public override float Score() => scorer.GetScore();
    }
}

/// <summary>Passages holding any of a few terms or phrases, unscored (an associate that is no word of the index: its word or its run of bigrams).</summary>
/// <remarks>The parts are walked side by side when no two of them need the same shared enumerator (a word's term and its bigrams are in two fields), else one after the other into a sorted list.</remarks>
internal sealed class UnionForm(List<TermsForm> parts) : PreparedForm
{
    private readonly bool _sideBySide = parts.Select(p => p.Slot).Distinct().Count() == parts.Count;

    public override FormCursor? Open(AtomicReaderContext leaf, IBits? live, IBits? only = null, bool whole = false)
    {
        if (_sideBySide)
        {
            var cursors = parts.Select(p => p.Open(leaf, live, only, whole)).OfType<FormCursor>().ToArray();
            return cursors.Length switch
            {
                0 => null,
                1 => cursors[0],
                _ => new Merged(cursors),
            };
        }

        var docs = new List<int>();
        foreach (var part in parts)
        {
            if (part.Open(leaf, live, only, whole: true) is { } cursor)
            {
                for (var doc = cursor.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = cursor.NextDoc())
                {
                    docs.Add(doc);
                }
            }
        }

        if (docs.Count == 0)
        {
            return null;
        }

        docs.Sort();
        return new Listed(docs);
    }

    private sealed class Merged(FormCursor[] cursors) : FormCursor
    {
        public override int NextDoc() => DocID == DocIdSetIterator.NO_MORE_DOCS ? DocID : Next(DocID + 1);

        public override int Advance(int target) => Next(target);

        public override float Score() => 0;

        // The least document at or after target that any part holds.
        private int Next(int target)
        {
            var least = DocIdSetIterator.NO_MORE_DOCS;
            foreach (var cursor in cursors)
            {
                var at = cursor.DocID >= target ? cursor.DocID : cursor.Advance(target);
                least = Math.Min(least, at);
            }

            return DocID = least;
        }
    }

    private sealed class Listed(List<int> docs) : FormCursor
    {
        private int _at = -1;

        public override int NextDoc()
        {
            // Skip the documents more than one part holds.
            while (++_at < docs.Count && _at > 0 && docs[_at] == docs[_at - 1])
            {
            }

            return DocID = _at < docs.Count ? docs[_at] : DocIdSetIterator.NO_MORE_DOCS;
        }

        public override int Advance(int target)
        {
            while (NextDoc() < target)
            {
            }

            return DocID;
        }

        public override float Score() => 0;
    }
}
