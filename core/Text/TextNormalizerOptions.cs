namespace KnowledgeGraph.Core.Text;

/// <summary>Knobs of <see cref="TextNormalizer"/>. The defaults fit the seed documents.</summary>
public sealed class TextNormalizerOptions
{
    public static TextNormalizerOptions Default { get; } = new();

    /// <summary>Join lines that a PDF or a layout broke in the middle of a sentence.</summary>
    public bool JoinWrappedLines { get; init; } = true;

    /// <summary>Undo the doubled glyphs of fake-bold PDF text (<c>20232023年年</c> → <c>2023年</c>).</summary>
    public bool RepairDoubledGlyphs { get; init; } = true;

    /// <summary>Drop the pinyin glosses a converting mirror puts after characters (<c>政協(xié)</c> → <c>政協</c>).</summary>
    public bool DropPinyinGlosses { get; init; } = true;

    /// <summary>
    /// How many blank lines a wrapped sentence may continue across. Page and column breaks leave
    /// one blank line inside a sentence in the seeds (<c>党的组\n\n织体系</c>); more than that is
    /// taken as a real paragraph break.
    /// </summary>
    public int MaxBlankLinesInsideParagraph { get; init; } = 1;

    /// <summary>
    /// In a hard-wrapped document, a line that stops mid-sentence is joined to the next one when
    /// it is at least this share of the document's wrap width. Shorter lines are titles.
    /// </summary>
    public double WrappedLineShare { get; init; } = 0.7;

    /// <summary>
    /// In a document with one paragraph per line, a line that stops mid-sentence is joined to the
    /// next when it is at least this wide (half-width units; a Chinese character is two). Titles
    /// are shorter; paragraphs cut by a page break are longer.
    /// </summary>
    public int LongLineWidth { get; init; } = 80;

    /// <summary>
    /// A space between two Chinese words is kept, as a phrase separator, in lines up to this many
    /// characters (titles, bylines: <c>党建为魂 在政治方向上不偏不倚</c>) and inside quotes or
    /// book-title marks. In longer body lines it is dropped as extraction noise.
    /// </summary>
    public int PhraseSpaceLineLength { get; init; } = 30;
}
