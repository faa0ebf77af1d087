using System.Text;
using KnowledgeGraph.Core.Documents;

namespace KnowledgeGraph.Core.Tests.Documents.HtmlPages;

/// <summary>
/// The article pages of <see cref="SavedPages"/>: every layout with every article written for
/// the tests and with every seed reads as the article alone, with its metadata.
/// </summary>
public class SavedPageTests
{
    // These layouts show the author's name with no label (a WeChat article's account line, an
    // e-paper's name under the headline): the loader does not guess names, so only a byline in
    // the text gives an author there.
    private static readonly HashSet<string> UnlabelledAuthor = ["founder-epaper", "wechat-article"];

    static SavedPageTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static TheoryData<string, string> ArticlePages() => Names(pages => pages.Articles);

    public static TheoryData<string, string> SeedPages() => Names(pages => pages.Seeds);

    [Theory]
    [MemberData(nameof(ArticlePages))]
    public void AnArticlePageReadsAsTheArticleWithItsMetadata(string layout, string article)
    {
        var pages = SavedPages.FromTestOutput();
        var page = pages.Build(pages.Layouts.Single(l => l.Name == layout), pages.Articles.Single(a => a.Name == article));

        var document = new HtmlLoader().Load(layout + ".html", page.Bytes);

        Assert.Equal(page.ExpectedText, document.Text);
        Assert.Equal(Expected(page, pages.Articles.Single(a => a.Name == article)), document.Metadata);
    }

    [Theory]
    [MemberData(nameof(SeedPages))]
    public void ASeedWrappedInAPageReadsAsTheSeedsText(string layout, string seed)
    {
        var pages = SavedPages.FromTestOutput();
        var page = pages.Build(pages.Layouts.Single(l => l.Name == layout), pages.Seeds.Single(s => s.Name == seed));

        var document = new HtmlLoader().Load(layout + ".html", page.Bytes);

        Assert.Equal(page.ExpectedText, document.Text);
        Assert.Equal(Expected(page, pages.Seeds.Single(s => s.Name == seed)), document.Metadata);
    }

    [Fact]
    public void TheExpectedTextOfASeedIsItsOwnTextUnderItsTitle()
    {
        var pages = SavedPages.FromTestOutput();
        var seed = pages.Seeds.Single(s => s.Name == "003_9b204543b7084597");

        var page = pages.Build(pages.Layouts[0], seed);

        // The seed opens with its title: the page shows it once, as the headline.
        var seedLines = seed.Body.Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0).ToList();
        var pageLines = page.ExpectedText.Split('\n').Where(line => line.Length > 0).ToList();
        Assert.Equal(["# " + seedLines[0], .. seedLines.Skip(1)], pageLines);
    }

    [Fact]
    public void TheOldPageIsSavedInGb2312AndDecodedFromItsBytes()
    {
        var pages = SavedPages.FromTestOutput();
        var page = pages.Build(pages.Layouts.Single(l => l.Name == "gb2312-old"), pages.Articles[0]);

        var document = new HtmlLoader().Load("old.htm", page.Bytes);

        Assert.Throws<DecoderFallbackException>(() => new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(page.Bytes));
        Assert.Equal(TextDecoding.Gb18030, document.Encoding);
        Assert.Equal(page.ExpectedText, document.Text);
    }

    private static DocumentMetadata Expected(SavedPage page, PageArticle article) =>
        UnlabelledAuthor.Contains(page.Layout) ? page.ExpectedMetadata with { Author = article.Byline } : page.ExpectedMetadata;

    private static TheoryData<string, string> Names(Func<SavedPages, IReadOnlyList<PageArticle>> articles)
    {
        var pages = SavedPages.FromTestOutput();
        var data = new TheoryData<string, string>();
        foreach (var layout in pages.Layouts)
        {
            foreach (var article in articles(pages))
            {
                data.Add(layout.Name, article.Name);
            }
        }

        return data;
    }
}
