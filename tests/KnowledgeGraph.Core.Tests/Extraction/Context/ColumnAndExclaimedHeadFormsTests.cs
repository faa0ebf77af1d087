using KnowledgeGraph.Core.Extraction.Context;

namespace KnowledgeGraph.Core.Tests.Extraction.Context;

// Page heads seen on city committee sites and reposts: a column named by committee levels above the
// headline, a one-sentence headline with an exclamation mark over its date line, a mirror's day-first
// date. The texts are ours; the shapes are the genre's.
public class ColumnAndExclaimedHeadFormsTests
{
    private static DocumentHead Read(string text) => DocumentHeadReader.Read(text, TestExtraction.Vocabulary.Surnames);

    [Fact]
    public void A_column_named_by_committee_levels_is_not_the_title()
    {
        var head = Read("""
            县市区政协

            暖心走访到基层 | 某某区政协组织委员走访困难群众
            发布日期:2025-12-30

              岁末将至,某某区政协组织委员走访辖区困难家庭,送去米面油等生活用品。
            """);

        Assert.Equal("暖心走访到基层 | 某某区政协组织委员走访困难群众", head.Title);
        Assert.Equal("2025-12-30", head.PublishedOn);
    }

    [Fact]
    public void A_headline_opening_with_committee_levels_is_still_the_title()
    {
        var head = Read("""
            市县区政协联动开展委员履职培训
            发布日期:2025-11-02
            11月1日,市县区三级政协联合举办委员履职培训班。
            """);

        Assert.Equal("市县区政协联动开展委员履职培训", head.Title);
    }

    [Fact]
    public void A_headline_ending_in_an_exclamation_mark_over_its_date_line_is_the_title()
    {
        var head = Read("""
            雪落了,某某公司联合区政协机关干部,为独居老人送去暖冬包!
            时间:2022-01-08
            点击:231次
            1月6日上午,区政协机关干部联合某某公司走访独居老人。
            """);

        Assert.Equal("雪落了,某某公司联合区政协机关干部,为独居老人送去暖冬包!".Replace(',', '，').Replace('!', '！'), head.Title?.Replace(',', '，').Replace('!', '！'));
        Assert.Equal("2022-01-08", head.PublishedOn);
    }

    [Fact]
    public void An_exclamation_without_a_date_line_under_it_is_the_bodys_sentence()
    {
        var head = Read("""
            委员们说,这样的协商会开得好,开得实!
            会上,大家围绕老旧小区改造踊跃发言。
            """);

        Assert.Null(head.Title);
    }

    [Theory]
    [InlineData("20.01.2015  12:17", "2015-01-20")]
    [InlineData("3.11.2019", "2019-11-03")]
    [InlineData("发布时间：20.01.2015", "2015-01-20")]
    public void A_mirrors_day_first_date_with_dots_reads_as_ISO(string text, string iso)
    {
        Assert.Equal(iso, DateText.Parse(text));
    }

    [Theory]
    [InlineData("版本 1.2.2015.3")]
    [InlineData("0.5.2019")]
    [InlineData("31.02.2015")]
    [InlineData("版本 1.2.2019 更新")]
    [InlineData("评分9.5.2020")]
    public void A_dotted_figure_or_impossible_day_first_date_is_none(string text)
    {
        Assert.Null(DateText.Parse(text));
    }

    [Fact]
    public void A_day_first_date_line_under_the_headline_is_the_publication_date()
    {
        var head = Read("""
            某某自治区政协提案办复率创新高

            20.01.2015  12:17

            记者了解到,自治区政协全会以来共提交提案500余件,办复率超过九成。
            """);

        Assert.Equal("2015-01-20", head.PublishedOn);
    }
}
