using System.Globalization;
using System.Text;
using KnowledgeGraph.Core.Documents;
using SmartReader;

namespace KnowledgeGraph.Benchmarks.WebPages;

/// <summary>A way of reading a saved page: its article text and what it says about it.</summary>
internal interface IPageReader
{
    string Name { get; }

    LoadedDocument Read(string name, byte[] page);

    /// <summary>Whether the date read is the expected one: as the page writes it, or the same day.</summary>
    bool DateIsRight(LoadedDocument read, string? expected, DateOnly? day);
}

/// <summary>Our loader, as ingest uses it.</summary>
internal sealed class HandWrittenReader : IPageReader
{
    public string Name => "hand-written (HtmlLoader)";

    public LoadedDocument Read(string name, byte[] page) => new HtmlLoader().Load(name, page);

    public bool DateIsRight(LoadedDocument read, string? expected, DateOnly? day) => read.Metadata?.Date == expected;
}

/// <summary>
/// SmartReader 0.11.1 (Apache-2.0), the .NET port of Mozilla's Readability, as shipped, except
/// that it goes on when it judges a page "not readable" (Chinese news is short by its measure):
/// its text, title, byline and publication date.
/// </summary>
internal sealed class SmartReaderReader : IPageReader
{
    public string Name => "SmartReader 0.11.1";

    public LoadedDocument Read(string name, byte[] page)
    {
        var article = Parse(page);
        var date = article.PublicationDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return new LoadedDocument(name, article.TextContent ?? "", "html", null)
        {
            Metadata = new DocumentMetadata(NullIfEmpty(article.Title), date, null, NullIfEmpty(article.Byline ?? article.Author)),
        };
    }

    public bool DateIsRight(LoadedDocument read, string? expected, DateOnly? day) =>
        read.Metadata?.Date == day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>SmartReader's article of a page (decoded as our loader decodes it).</summary>
    public static Article Parse(byte[] page)
    {
        var reader = new Reader("http://localhost/article.html", TextDecoding.Decode(page).Text) { ContinueIfNotReadable = true };
        return reader.GetArticle();
    }

    private static string? NullIfEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>
/// The combination: SmartReader chooses the main content, our loader reads it as blocks and
/// cleans its lines, and the headline and metadata are ours, read from the whole page.
/// </summary>
internal sealed class CombinedReader : IPageReader
{
    public string Name => "SmartReader content + our blocks and metadata";

    public LoadedDocument Read(string name, byte[] page)
    {
        var ours = new HtmlLoader().Load(name, page);
        var content = new HtmlLoader().Load(name, Encoding.UTF8.GetBytes($"<html><body>{SmartReaderReader.Parse(page).Content}</body></html>"));
        var title = ours.Metadata?.Title is { } headline ? $"# {headline}\n\n" : "";
        return ours with { Text = title + content.Text };
    }

    public bool DateIsRight(LoadedDocument read, string? expected, DateOnly? day) => read.Metadata?.Date == expected;
}
