using Lucene.Net.Analysis.CharFilters;

namespace KnowledgeGraph.Core.Analysis;

/// <summary>
/// The char filter every field's analysis starts with: full-width ASCII (U+FF01–U+FF5E) and the
/// ideographic space folded to their half-width forms, so that ２０２３年 is read as 2023年, and,
/// where asked, Chinese quotation marks (“”‘’「」『』) dropped, so that “码”上议 is read as 码上议.
/// Offsets are corrected for the dropped marks and point into the original text.
/// </summary>
/// <remarks>
/// One filter per field value, so it keeps no buffer of its own: Lucene's MappingCharFilter,
/// used here before, allocated about 18 KB each (five per passage: most of what the index's
/// analysis allocated). It folds in place in the caller's buffer.
/// </remarks>
internal sealed class WidthFolding : BaseCharFilter
{
    private const string QuoteMarks = "“”‘’「」『』";

    private readonly bool _dropQuotes;
    private readonly char[] _one = new char[1];
    private int _written;
    private int _dropped;

    private WidthFolding(TextReader input, bool dropQuotes)
        : base(input)
    {
        _dropQuotes = dropQuotes;
    }

    /// <summary>Folds the width of what <paramref name="reader"/> reads.</summary>
    public static TextReader Wrap(TextReader reader) => new WidthFolding(reader, dropQuotes: false);

    /// <summary>Folds the width of what <paramref name="reader"/> reads and drops Chinese quotation marks.</summary>
    public static TextReader WrapDroppingQuotes(TextReader reader) => new WidthFolding(reader, dropQuotes: true);

    /// <summary>The half-width form of a full-width character, or the character itself.</summary>
    public static char Fold(char c) => c switch
    {
        >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
        '\u3000' => ' ',
        _ => c,
    };

    public override int Read(char[] buffer, int index, int count)
    {
        while (true)
        {
            var read = m_input.Read(buffer, index, count);
            if (read <= 0)
            {
                return read;
            }

            var kept = index;
            for (var i = index; i < index + read; i++)
            {
                var c = buffer[i];
                if (_dropQuotes && QuoteMarks.Contains(c))
                {
                    // What follows in the output comes one more character later in the input.
                    _dropped++;
                    AddOffCorrectMap(_written + (kept - index), _dropped);
                    continue;
                }

                buffer[kept++] = Fold(c);
            }

            _written += kept - index;

            // A read that held only quotation marks returns nothing yet: read on, as 0 would mean the end.
            if (kept > index)
            {
                return kept - index;
            }
        }
    }

    public override int Read()
    {
        return Read(_one, 0, 1) > 0 ? _one[0] : -1;
    }
}
