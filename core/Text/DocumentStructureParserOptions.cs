namespace KnowledgeGraph.Core.Text;

/// <summary>Knobs of <see cref="DocumentStructureParser"/>.</summary>
public sealed class DocumentStructureParserOptions
{
    public static DocumentStructureParserOptions Default { get; } = new();

    /// <summary>An unmarked line up to this many characters can be a title (<c>淮安答卷</c>, <c>党建为魂 在政治方向上不偏不倚</c>).</summary>
    public int MaxTitleLength { get; init; } = 30;

    /// <summary>
    /// Also end sentences at <c>；</c>. Off by default: in these reports ； separates the items
    /// of one enumeration (<c>健全完善…格局；研究出台…文件；组织开展…培训</c>), and a lone item
    /// reads as a fragment.
    /// </summary>
    public bool SplitAtSemicolon { get; init; }

    /// <summary>
    /// A terminator inside quotes or book-title marks does not end the sentence, unless the
    /// quote opened more than this many characters before (then the quote is taken as unclosed).
    /// </summary>
    public int MaxQuotedSpanLength { get; init; } = 200;
}
