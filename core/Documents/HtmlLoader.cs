using AngleSharp.Html.Parser;
using KnowledgeGraph.Core.Documents.Html;

namespace KnowledgeGraph.Core.Documents;

/// <summary>
/// Reads a saved web page as its article: the headline as a <c># </c> heading, then the article's
/// blocks, a blank line between blocks (headings, paragraphs, list items, table cells of a layout,
/// runs of &lt;br&gt;) and a line break for a single &lt;br&gt;; subheadings as Markdown headings; a
/// data table a line per row, cells separated by tabs. Page furniture (navigation, breadcrumbs,
/// info line, page controls, share bar, related and hot news, comments, footer, copyright and ICP
/// lines) is left out. The headline, date, source and byline go to
/// <see cref="LoadedDocument.Metadata"/> (<see cref="ArticleReader"/> tells how).
/// </summary>
public sealed class HtmlLoader : IDocumentLoader
{
    public IReadOnlyList<string> Extensions { get; } = [".html", ".htm", ".shtml", ".xhtml"];

    public LoadedDocument Load(string path, ReadOnlyMemory<byte> content)
    {
        var decoded = TextDecoding.Decode(content.Span);
        var document = new HtmlParser().ParseDocument(decoded.Text);
        var article = ArticleReader.Read(document);
        return new LoadedDocument(path, article.Text, "html", decoded.Encoding)
        {
            Metadata = article.Metadata.IsEmpty ? null : article.Metadata,
        };
    }
}
