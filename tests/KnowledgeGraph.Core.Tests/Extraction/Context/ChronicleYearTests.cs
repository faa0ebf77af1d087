namespace KnowledgeGraph.Core.Tests.Extraction.Context;

// A chronicle told year by year over decades (a gazetteer's chapter on a committee's activities) has no one
// year, even when one of its years opens a sentence; a year's review whose sentences open with its year keeps
// it. The sentences are ours, the shapes the genre's.
public class ChronicleYearTests
{
    private static object? Year(string text) => TestExtraction.Read(text).Graph.Document.Properties.GetValueOrDefault("year");

    [Fact]
    public void A_chronicle_over_decades_has_no_year_though_one_of_its_years_opens_a_sentence()
    {
        Assert.Null(Year("""
            第四节 主要活动

            视察调查 1962年，县政协先后组织委员参观水库建设，提出建议。1965年由县政协副主席带领部分常委对农田建设作专题考察，提出建议6条。1980年8～11月，县政协医药卫生组到4个公社的卫生院考察，提出5条建议。1984年，县政协农业组向县委提出成立技术服务公司的建议，被县委采纳。1986年9月，县政协组织委员视察工业企业。1987年6月，组织农业科技界委员视察。1989年5月，县政协科技组会同水利局考察水文站。
            """));
    }

    [Fact]
    public void A_years_review_opening_with_its_year_keeps_it_beside_earlier_years_it_recalls()
    {
        Assert.Equal(2023L, Year("""
            县政协2023年工作综述

            2023年，县政协围绕中心工作履职尽责。县政协成立于1981年，1998年起开展委员视察，2015年建成委员之家。2023年，县政协开展专题调研12次，2022年12月启动的协商平台建设全面完成。
            """));
    }

    [Theory]
    [InlineData("""
        县政协2023年工作综述

        2023年，县政协开展视察8次。这一年，是县政协成立40周年。40年来，从1983年成立，到1993年建立委员联络组，2003年开展民主评议，2013年建成委员之家，县政协始终坚持团结民主。
        """)]
    [InlineData("""
        政协某县委员会常务委员会工作报告

        2023年，县政协聚焦中心扎实履职。县政协成立于1980年，1990年开展首次视察，2000年建立提案督办制度，2010年开展民主监督，2020年完成换届。全年开展视察6次。
        """)]
    public void A_years_review_opening_with_its_year_keeps_it_though_it_recalls_its_history_decade_by_decade(string text)
    {
        Assert.Equal(2023L, Year(text));
    }
}
