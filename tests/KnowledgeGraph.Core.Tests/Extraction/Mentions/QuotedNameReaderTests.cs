namespace KnowledgeGraph.Core.Tests.Extraction.Mentions;

public class QuotedNameReaderTests
{
    private const string Huaian = "政协淮安市委员会工作报告\n\n";

    [Theory]
    [InlineData("全年通过“码”上议平台征集建议。", "码上议")]
    [InlineData("三是迭代升级“慧”提案系统。", "慧提案系统")]
    [InlineData("大力实施“111”工程。", "111工程")]
    [InlineData("创新打造提案办理“绿、黄、红”三色管理法。", "三色管理法")]
    [InlineData("建立“政协委员促进民营经济发展”联系机制。", "政协委员促进民营经济发展")]
    [InlineData("推进“智慧政协、品质政协、效率政协”建设。", "品质政协")]
    // A line of policy ending in a programme noun names the programme.
    [InlineData("组织委员投身“全面推进城乡建设示范工程”。", "全面推进城乡建设示范工程")]
    [InlineData("市政协持续开展“深入推进作风建设年”。", "深入推进作风建设年")]
    [InlineData("全面实施“加快发展县域特色产业行动”。", "加快发展县域特色产业行动")]
    public void Quoted_initiatives_get_their_whole_name(string sentence, string name)
    {
        var graph = TestExtraction.Read(Huaian + sentence).Graph;

        Assert.Contains(name, graph.OfLabel("Initiative").Select(n => n.Name));
    }

    [Theory]
    [InlineData("开展“五送”下乡活动60余场次。")]
    [InlineData("召开“推进文化场馆建设”主席专题协商会。")]
    [InlineData("常态化召开以作风建设为主题的“新年第一会”。")]
    [InlineData("围绕“四链融合”助力招商引资。")]
    [InlineData("擦亮“世界自然遗产”“国际湿地城市”两张国际名片。")]
    [InlineData("完善政协“两链多点”党的组织体系。")]
    [InlineData("举办“春茶节”“侨乡日”等系列活动。")]
    [InlineData("支持港澳委员开展“青春看湾区”“岭南好风光”等考察交流。")]
    // Lines of policy, even after a verb that makes initiatives.
    [InlineData("全面实施“严厉打击电信网络诈骗犯罪”。")]
    [InlineData("持续深化“大力推动县域经济发展”。")]
    public void Titles_topics_descriptions_and_lines_of_policy_are_not_initiatives(string sentence)
    {
        var graph = TestExtraction.Read(Huaian + sentence).Graph;

        Assert.Empty(graph.OfLabel("Initiative"));
    }

    [Fact]
    public void A_quote_after_an_award_verb_is_an_award_of_what_the_sentence_is_about()
    {
        var graph = TestExtraction.Read(Huaian + "淮安“数字政协”系统的做法经验获评“2023全省政协优秀创新案例”。").Graph;

        var award = Assert.Single(graph.OfLabel("Award"));
        Assert.Equal("2023全省政协优秀创新案例", award.Name);
        Assert.Equal(2023L, award.Properties["year"]);
        Assert.True(graph.HasRelation("AWARDED", "initiative:数字政协", award.Id));
    }
}
