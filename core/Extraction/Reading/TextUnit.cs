using KnowledgeGraph.Core.Documents.Html;
using KnowledgeGraph.Core.Places;
using KnowledgeGraph.Core.Segmentation;
using KnowledgeGraph.Core.Text;

namespace KnowledgeGraph.Core.Extraction.Reading;

/// <summary>
/// A sentence, or a heading, as the rules read it: its text, words, quotes and clauses, and the
/// way back from its offsets to the normalized text. Every mention is a span of one unit, and
/// every unit is a passage.
/// </summary>
internal sealed class TextUnit
{
    private readonly int _normalizedStart;
    private readonly int[]? _map;
    private WordGrid _words = new(0, []);
    private IReadOnlyList<PlaceNameMatch>? _placeNames;

    /// <summary>
    /// A sentence, or a piece of a long one (<paramref name="sentence"/> is then the whole): its
    /// text is the normalized text from <paramref name="normalizedStart"/>.
    /// </summary>
    public TextUnit(string id, string sectionId, string? paragraphId, string text, int normalizedStart, int ordinal, string? sentence = null)
        : this(id, sectionId, paragraphId, text, ordinal, isHeading: false)
    {
        _normalizedStart = normalizedStart;
        Sentence = sentence ?? text;
    }

    /// <summary>A heading: <paramref name="map"/> gives the normalized offset of each of its characters.</summary>
    public TextUnit(string id, string sectionId, string text, int[] map, int ordinal)
        : this(id, sectionId, null, text, ordinal, isHeading: true)
    {
        _map = map;
    }

    private TextUnit(string id, string sectionId, string? paragraphId, string text, int ordinal, bool isHeading)
    {
        Id = id;
        SectionId = sectionId;
        ParagraphId = paragraphId;
        Text = text;
        Ordinal = ordinal;
        IsHeading = isHeading;
        Sentence = text;
        Quotes = QuoteReader.Quotes(text);
        Clauses = QuoteReader.Clauses(text);
    }

    /// <summary>The passage id: the sentence id, or <c>{sectionId}:h</c> for a heading.</summary>
    public string Id { get; }

    public string SectionId { get; }

    /// <summary>The paragraph of a sentence; null for a heading.</summary>
    public string? ParagraphId { get; }

    public string Text { get; }

    /// <summary>The whole sentence (or heading) the unit is part of: the text evidence shows.</summary>
    public string Sentence { get; }

    /// <summary>Position in reading order, from 0.</summary>
    public int Ordinal { get; }

    public bool IsHeading { get; }

    /// <summary>True when the unit is a paragraph of one sentence, read in one piece (a line standing alone).</summary>
    public bool IsWholeParagraph { get; init; }

    /// <summary>
    /// True for an item of a page's list of links to its other stories (- 某某在自治区政协…): three or more dashed or bulleted items in
    /// a row without a full stop, above the story's first sentence, or any such items under a line naming the list (相关阅读,
    /// 猜你喜欢, 频道推荐 …) anywhere. They name other stories' committees, counts and years.
    /// </summary>
    public bool IsLinkItem { get; private set; }

    /// <summary>Marks the runs of link items among the units above the first sentence that ends with a full stop, and the items under a list's name.</summary>
    public static void MarkLinkItems(IReadOnlyList<TextUnit> units)
    {
        for (var from = 0; from < units.Count && !EndsSentence(units[from]);)
        {
            var to = from;
            while (to < units.Count && IsItem(units[to]))
            {
                to++;
            }

            for (var k = from; to - from >= 3 && k < to; k++)
            {
                units[k].IsLinkItem = true;
            }

            from = Math.Max(to, from + 1);
        }

        // • 某地完成25万余个建筑物标绘 under 频道推荐 at the page's foot.
        for (var k = 0; k + 1 < units.Count; k++)
        {
            if (!PageFurniture.IsFurnitureHeading(units[k].Text))
            {
                continue;
            }

            for (var item = k + 1; item < units.Count && IsItem(units[item]); item++)
            {
                units[item].IsLinkItem = true;
            }
        }

        static bool IsItem(TextUnit unit) => !unit.IsHeading && HeadingMarkers.IsListItem(unit.Text, 0, unit.Text.Length) && !unit.Text.Contains('。');
        static bool EndsSentence(TextUnit unit) => !IsItem(unit) && unit.Text.Contains('。');
    }

    /// <summary>Outermost quotes and titles, in order.</summary>
    public IReadOnlyList<QuotedSpan> Quotes { get; }

    /// <summary>Clauses: stretches between ，；：。！？ outside quotes.</summary>
    public IReadOnlyList<(int Start, int End)> Clauses { get; }

    /// <summary>The words, as the segmenter cuts the unit (set once by the reader).</summary>
    public IReadOnlyList<Token> Tokens { get; private set; } = [];

    public void SetTokens(IReadOnlyList<Token> tokens)
    {
        Tokens = tokens;
        _words = new WordGrid(Text.Length, tokens);
    }

    /// <summary>Where the unit's words start and end.</summary>
    public WordGrid Words => _words;

    /// <summary>
    /// Every name of <paramref name="gazetteer"/> in the unit (<see cref="Gazetteer.Scan"/>), scanned
    /// once: the document's own place, its issuer and the place mentions each read the unit's places
    /// against another context, from the same names. One gazetteer serves a whole extraction.
    /// </summary>
    public IReadOnlyList<PlaceNameMatch> PlaceNames(Gazetteer gazetteer) => _placeNames ??= gazetteer.Scan(Text);

    /// <summary>True when a word starts or ends at <paramref name="offset"/>.</summary>
    public bool IsWordBoundary(int offset) => _words.IsBoundary(offset);

    /// <summary>The clause holding <paramref name="offset"/>: the first that ends after it (or the last one).</summary>
    public (int Start, int End) ClauseAt(int offset)
    {
        if (Clauses.Count == 0)
        {
            return (0, Text.Length);
        }

        int low = 0, high = Clauses.Count - 1;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (Clauses[middle].End > offset)
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        return Clauses[low];
    }

    /// <summary>The quote whose inside or marks hold <paramref name="offset"/>, or null.</summary>
    public QuotedSpan? QuoteAt(int offset)
    {
        // Quotes are outermost, ordered and disjoint: the last one opening at or before the offset.
        int low = 0, high = Quotes.Count - 1, found = -1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            if (Quotes[middle].Open <= offset)
            {
                found = middle;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return found >= 0 && offset <= Quotes[found].Close ? Quotes[found] : null;
    }

    /// <summary>Maps the unit span [start, end) to the normalized text.</summary>
    public (int Start, int End) ToNormalized(int start, int end)
    {
        if (_map is null)
        {
            return (_normalizedStart + start, _normalizedStart + end);
        }

        return start == end ? (_map[Math.Min(start, _map.Length - 1)], _map[Math.Min(start, _map.Length - 1)]) : (_map[start], _map[end - 1] + 1);
    }
}
