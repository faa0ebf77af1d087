using KnowledgeGraph.Core.Extraction.Context;

namespace KnowledgeGraph.Core.Tests.Extraction.Context;

// A red head (政协某某县委员会文件) is printed over the number or heading of what it issues; a news headline that ends
// with the documents studied (…学习市委文件) is a headline. Texts written for these tests.
public class RedHeadNeedsItsDocumentFormsTests
{
    private static DocumentHead Head(string text) => DocumentHeadReader.Read(text, TestExtraction.Vocabulary.Surnames);

    [Fact]
    public void A_headline_ending_with_the_documents_studied_is_the_title()
    {
        var head = Head("""
            区政协党组专题学习市委文件
            发布时间：2025-04-16
            4月15日，区政协党组召开会议，集中学习有关文件精神。
            """);

        Assert.Equal("区政协党组专题学习市委文件", head.Title);
    }

    [Fact]
    public void A_red_head_over_its_number_is_still_furniture()
    {
        var head = Head("""
            政协某某县委员会文件
            某政发〔2025〕7号
            关于做好2025年度委员履职考评工作的通知
            各位委员：
            现将有关事项通知如下。
            """);

        Assert.Equal("关于做好2025年度委员履职考评工作的通知", head.Title);
    }
}
