namespace KnowledgeGraph.Core.Tests.Extraction.Mentions;

// The forms of an honour's name beyond its verb and honour word (AwardFinder.Forms); sentences
// written for these tests.
public class AwardFormsTests
{
    private const string Report = "某某省人民政府工作报告\n\n";

    [Theory]
    [InlineData("我市获评全国禁毒示范城市。", "全国禁毒示范城市")]
    [InlineData("两地获评全国法治政府建设示范市（县）。", "全国法治政府建设示范市（县）")]
    [InlineData("全省创建全国双拥模范城（县）取得新进展。", "全国双拥模范城（县）")]
    [InlineData("各县创建全国社会治安综合治理示范县实现全覆盖。", "全国社会治安综合治理示范县")]
    [InlineData("连续五年获全国安全生产考评优秀省。", "全国安全生产考评优秀省")]
    [InlineData("东湖村获评全国乡村治理示范村。", "全国乡村治理示范村")]
    [InlineData("我市成功获评国家生态园林城市。", "国家生态园林城市")]
    public void A_title_conferred_on_a_place_is_an_award_with_its_divisions(string sentence, string name)
    {
        var graph = TestExtraction.Read(Report + sentence).Graph;

        Assert.Equal(name, Assert.Single(graph.OfLabel("Award")).Name);
    }

    [Theory]
    [InlineData("石桥村入选全国“十佳乡村旅游目的地”。", "十佳乡村旅游目的地")]
    [InlineData("东岭遗址入选年度全国十大田野考古新发现。", "年度全国十大田野考古新发现")]
    [InlineData("县文化馆荣获全省公共文化“服务之星”示范奖。", "全省公共文化“服务之星”示范奖")]
    [InlineData("县篮球队荣获全省农民篮球联赛冠军。", "全省农民篮球联赛冠军")]
    [InlineData("5名委员被授予全省优秀履职委员荣誉称号。", "全省优秀履职委员")]
    [InlineData("自获评“全国文明城市”以来，城市面貌持续改善。", "全国文明城市")]
    [InlineData("老张获评全省十佳乡村教师。", "全省十佳乡村教师")]
    [InlineData("我市获得全省十佳营商环境城市称号。", "全省十佳营商环境城市")]
    public void Rankings_of_the_best_champions_and_quotes_inside_a_name_are_awards(string sentence, string name)
    {
        var graph = TestExtraction.Read(Report + sentence).Graph;

        Assert.Equal(name, Assert.Single(graph.OfLabel("Award")).Name);
    }

    [Theory]
    [InlineData("我县获评“绿水青山”实践创新基地。")]
    [InlineData("全省5家企业入选全国民营企业百强。")]
    [InlineData("部署创建省级生态文明示范县工作。")]
    [InlineData("城南片区入选全省十大民生工程。")]
    [InlineData("让企业获得最佳体验。")]
    [InlineData("让群众获得最美的风景。")]
    [InlineData("去年我市获得十大突破。")]
    [InlineData("游客获得最佳的服务。")]
    public void Quotes_modifying_a_base_size_rankings_and_local_aims_are_not_awards(string sentence)
    {
        var graph = TestExtraction.Read(Report + sentence).Graph;

        Assert.Empty(graph.OfLabel("Award"));
    }
}
