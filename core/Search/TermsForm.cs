using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace KnowledgeGraph.Core.Search;

/// <summary>
/// A term, or an exact phrase of terms of one field at given positions (a word's run of
/// bigrams), read with the shared enumerators of <see cref="FormPostings"/>. A phrase's frequency
/// in a passage is the number of places where every term stands at its position, as Lucene's
/// exact phrase scorer counts it, and both are scored by the similarity's weight of the whole
/// (for BM25, the sum of the terms' IDFs), as Lucene's term and phrase weights score them.
/// </summary>
internal sealed class TermsForm(FormPostings postings, Term[] terms, int[] positions, TermContext[] states, Similarity similarity, Similarity.SimWeight? weight, bool phrase) : PreparedForm
{
    /// <summary>The shared enumerators it reads with: its field's, for a term or for a phrase.</summary>
    public (string Field, bool Phrase) Slot => (terms[0].Field, phrase);

    // What names the form among the common postings kept (CommonPostings): field, terms, places,
    // and whether scored; made only for a common form, so that the others allocate nothing for it.
    private string? _key;

    private string Key => _key ??= string.Join('\u0001', terms.Select((t, i) => $"{positions[i]}:{t.Text}").Prepend(weight is null ? "docs" : "scored").Prepend(terms[0].Field));

    public override FormCursor? Open(AtomicReaderContext leaf, IBits? live, IBits? only = null, bool whole = false)
    {
        if (states.Any(s => s.Get(leaf.Ord) is null) || postings.Readers(leaf, terms[0].Field) is not { } readers)
        {
            return null;
        }

        var frequencies = new int[terms.Length];
        for (var i = 0; i < terms.Length; i++)
        {
            readers.Terms.SeekExact(terms[i].Bytes, states[i].Get(leaf.Ord));
            frequencies[i] = readers.Terms.DocFreq;
        }

        // A common list is read whole and kept; any other only where the caller looks. A frequent
        // list already kept is used wherever the caller looks; one not yet kept is kept only when
        // the caller reads all of it anyway (as a strong form of the coverage bound is read).
        var frequency = frequencies.Min();
        var keeping = Keeping(frequency, leaf, live);
        if (keeping == Kept.Frequent && postings.Common!.TryGetFrequent(postings.Reader, Key, leaf.Ord, out var frequent))
        {
            return new CommonPostings.Cursor(frequent);
        }

        keeping = keeping == Kept.Frequent && (only is not null || !whole) ? Kept.No : keeping;
        var accepted = only is null || keeping == Kept.Common ? live : only;
        var scorer = weight is null ? null : similarity.GetSimScorer(weight, leaf);
        if (!phrase)
        {
            var docs = readers.Terms.Docs(accepted, readers.Docs, scorer is null ? DocsFlags.NONE : DocsFlags.FREQS);
            readers.Docs = docs;
            return Keep(new TermCursor(docs, scorer), keeping, leaf);
        }

        var enums = new DocsAndPositionsEnum[terms.Length];
        for (var i = 0; i < terms.Length; i++)
        {
            while (readers.Positions.Count <= i)
            {
                readers.Positions.Add(null);
            }

            readers.Terms.SeekExact(terms[i].Bytes, states[i].Get(leaf.Ord));
            enums[i] = readers.Terms.DocsAndPositions(accepted, readers.Positions[i], DocsAndPositionsFlags.NONE)
                ?? throw new InvalidOperationException($"field {terms[i].Field} was indexed without positions; a phrase cannot be searched in it");
            readers.Positions[i] = enums[i];
        }

        return Keep(new PhraseCursor(enums, positions, frequencies, scorer), keeping, leaf);
    }

    // Which of the kept lists (CommonPostings) a list of the segment belongs in, if any: only
    // lists read with the segment's own live documents are kept.
    private Kept Keeping(int frequency, AtomicReaderContext leaf, IBits? live)
    {
        if (postings.Common is not { } common || !ReferenceEquals(live, leaf.AtomicReader.LiveDocs))
        {
            return Kept.No;
        }

        return common.IsCommon(frequency, leaf.AtomicReader.MaxDoc) ? Kept.Common
            : common.IsFrequent(frequency) ? Kept.Frequent
            : Kept.No;
    }

    // A list that many of the segment's passages may be on is read once into arrays and kept
    // until the next commit (CommonPostings); others are walked where they lie.
    private FormCursor Keep(FormCursor cursor, Kept keeping, AtomicReaderContext leaf)
    {
        if (keeping == Kept.No || postings.Common is not { } common)
        {
            return cursor;
        }

        var kept = common.Get(postings.Reader, Key, leaf.Ord, () => CommonPostings.Postings.Read(cursor, weight is not null), frequent: keeping == Kept.Frequent);
        return new CommonPostings.Cursor(kept);
    }

    // Where a list is kept: not at all, with the common lists, or with the frequent ones.
    private enum Kept
    {
        No,
        Common,
        Frequent,
    }

    private sealed class TermCursor(DocsEnum docs, Similarity.SimScorer? scorer) : FormCursor
    {
        public override int NextDoc() => DocID = docs.NextDoc();

        public override int Advance(int target) => DocID = docs.Advance(target);

        public override float Score() => scorer!.Score(DocID, docs.Freq);
    }

    /// <summary>The passages holding every term, then those where the terms stand at their positions.</summary>
    private sealed class PhraseCursor : FormCursor
    {
        private readonly DocsAndPositionsEnum[] _enums;
        private readonly int[] _offsets;
        private readonly Similarity.SimScorer? _scorer;
        private readonly int[] _places;
        private readonly int[] _left;
        private readonly int _lead;
        private int _frequency;

        public PhraseCursor(DocsAndPositionsEnum[] enums, int[] offsets, int[] frequencies, Similarity.SimScorer? scorer)
        {
            _enums = enums;
            _offsets = offsets;
            _scorer = scorer;
            _places = new int[enums.Length];
            _left = new int[enums.Length];

            // The rarest term leads the walk; the others are advanced to it.
            _lead = Array.IndexOf(frequencies, frequencies.Min());
        }

        public override int NextDoc() => DocID = Next(_enums[_lead].NextDoc());

        public override int Advance(int target) => DocID = Next(_enums[_lead].Advance(target));

        public override float Score() => _scorer!.Score(DocID, _frequency);

        // From the lead's document on, the first document holding every term at its position.
        private int Next(int doc)
        {
            while (doc != DocIdSetIterator.NO_MORE_DOCS)
            {
                var all = true;
                for (var i = 0; i < _enums.Length && all; i++)
                {
                    if (i == _lead)
                    {
                        continue;
                    }

                    var at = _enums[i].DocID < doc ? _enums[i].Advance(doc) : _enums[i].DocID;
                    if (at != doc)
                    {
                        all = false;
                        doc = at == DocIdSetIterator.NO_MORE_DOCS ? at : _enums[_lead].Advance(at);
                    }
                }

                if (all)
                {
                    _frequency = Frequency();
                    if (_frequency > 0)
                    {
                        return doc;
                    }

                    doc = _enums[_lead].NextDoc();
                }
            }

            return DocIdSetIterator.NO_MORE_DOCS;
        }

        // The places where every term stands at its position in the phrase (each term's positions
        // less its offset: the values all of them share), read as far as needed: every term is
        // moved up to the furthest one's place until all stand there. An unscored phrase stops at
        // the first such place (that the passage holds it is all it needs); a scored one when a
        // term has no place left.
        private int Frequency()
        {
            for (var i = 0; i < _enums.Length; i++)
            {
                _left[i] = _enums[i].Freq;
                if (!Step(i))
                {
                    return 0;
                }
            }

            var frequency = 0;
            while (true)
            {
                var furthest = _places.Max();
                var together = true;
                for (var i = 0; i < _enums.Length; i++)
                {
                    while (_places[i] < furthest)
                    {
                        if (!Step(i))
                        {
                            return frequency;
                        }
                    }

                    together &= _places[i] == furthest;
                }

                if (together)
                {
                    frequency++;
                    if (_scorer is null || !Step(0))
                    {
                        return frequency;
                    }
                }
            }
        }

        // The next place of term i, false when it has none left in the passage.
        private bool Step(int i)
        {
            if (_left[i] == 0)
            {
                return false;
            }

            _left[i]--;
            _places[i] = _enums[i].NextPosition() - _offsets[i];
            return true;
        }
    }
}
