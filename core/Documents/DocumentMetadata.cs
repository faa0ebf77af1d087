namespace KnowledgeGraph.Core.Documents;

/// <summary>
/// What a file says about itself outside its running text: a web page's headline, publication
/// date, source and byline (from its <c>&lt;h1&gt;</c>, meta tags and info line), or a Word or PDF
/// file's document properties. Every field is as written in the file, trimmed; null when the file
/// does not say. Extraction prefers these to what it can only guess from the text.
/// </summary>
/// <param name="Title">The document's own headline, without the site's name or column.</param>
/// <param name="Date">The publication date as written (2023-06-12, 2023年6月12日 …).</param>
/// <param name="Source">The publisher named as the source (来源：长春市政协办公室, 人民政协报).</param>
/// <param name="Author">The byline: author, reporter or correspondent names as written (记者 张三 通讯员 李四).</param>
public sealed record DocumentMetadata(string? Title = null, string? Date = null, string? Source = null, string? Author = null)
{
    /// <summary>True when no field is set.</summary>
    public bool IsEmpty => Title is null && Date is null && Source is null && Author is null;
}
