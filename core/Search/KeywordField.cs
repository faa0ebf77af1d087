using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;

namespace KnowledgeGraph.Core.Search;

/// <summary>
/// A <see cref="StringField"/> (indexed whole as one term, stored or not) that indexes through
/// one token stream per thread. Lucene's field makes a token stream for each new field object,
/// and each new stream takes the attribute factory's lock to add its attributes: with a dozen or
/// more of these fields per passage (ids, entity names, labels) that cost a tenth of the index
/// stage's time in a profile. The term, offsets and position are those of Lucene's own stream.
/// </summary>
internal sealed class KeywordField : Field
{
    [ThreadStatic]
    private static WholeValue? t_stream;

    public KeywordField(string name, string value, Store stored)
        : base(name, value, stored == Store.YES ? StringField.TYPE_STORED : StringField.TYPE_NOT_STORED)
    {
    }

    public override TokenStream GetTokenStream(Analyzer analyzer)
    {
        var stream = t_stream ??= new WholeValue();
        stream.SetValue(GetStringValue());
        return stream;
    }

    /// <summary>One token: the whole value, at offsets 0 to its length.</summary>
    private sealed class WholeValue : TokenStream
    {
        private readonly ICharTermAttribute _term;
        private readonly IOffsetAttribute _offset;
        private string? _value;
        private bool _used;

        public WholeValue()
        {
            _term = AddAttribute<ICharTermAttribute>();
            _offset = AddAttribute<IOffsetAttribute>();
        }

        public void SetValue(string value) => _value = value;

        public override bool IncrementToken()
        {
            if (_used || _value is null)
            {
                return false;
            }

            ClearAttributes();
            _term.Append(_value);
            _offset.SetOffset(0, _value.Length);
            _used = true;
            return true;
        }

        public override void End()
        {
            base.End();
            var final = _value?.Length ?? 0;
            _offset.SetOffset(final, final);
        }

        public override void Reset()
        {
            base.Reset();
            _used = false;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _value = null;
            }

            base.Dispose(disposing);
        }
    }
}
