namespace KnowledgeGraph.Core.Tests.Extraction.Context;

// A report or a reply that ends with its day alone on the last line, no signature kept above it: that day is
// the document's date. The sentences are ours, the shapes the genre's (a bureau's report on handling proposals).
public class FootDateTests
{
    private static object? Date(string text) => TestExtraction.Read(text).Graph.Document.Properties.GetValueOrDefault("date");

    [Fact]
    public void A_day_alone_on_the_last_line_is_the_date_of_a_report_that_names_no_other()
    {
        Assert.Equal("2020-11-05", Date("""
            关于人大建议和政协提案办理工作情况的报告

            今年，我局承办市政协五届四次会议提案13件，其中主办提案10件，协办提案3件，答复意见均已征得委员满意，全部办理完毕。
            2020年11月5日
            """));
    }

    [Fact]
    public void A_day_inside_the_last_sentence_is_no_date_of_the_document()
    {
        Assert.Null(Date("""
            关于提案办理工作情况的报告

            我局承办的提案均已办理完毕，答复意见于2020年11月5日前全部送达提案委员。
            """));
    }
}
