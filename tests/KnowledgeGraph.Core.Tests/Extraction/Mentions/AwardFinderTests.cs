namespace KnowledgeGraph.Core.Tests.Extraction.Mentions;

// Honours are conferred (荣获, 被评为, 授予 … 称号/奖); sentences written for these tests.
public class AwardFinderTests
{
    private const string County = "政协涟水县委员会2025年工作回顾\n\n";

    [Theory]
    [InlineData("县政协“有事好商量”平台荣获“全省基层协商优秀案例”。", "全省基层协商优秀案例")]
    [InlineData("我县被评为“全国文明城市提名城市”。", "全国文明城市提名城市")]
    [InlineData("县政协机关获得“全市机关作风建设先进集体”称号。", "全市机关作风建设先进集体")]
    [InlineData("县政协“书香政协”品牌入选“全省政协工作创新案例”。", "全省政协工作创新案例")]
    [InlineData("该项目荣获2025年度全省科学技术进步奖。", "2025年度全省科学技术进步奖")]
    [InlineData("县政协机关被授予“人民满意窗口”称号。", "人民满意窗口")]
    [InlineData("全县4个乡镇被命名为全国双拥模范城（县）。", "全国双拥模范城（县）")]
    [InlineData("县政协办公室入选全省政协系统先进集体名单。", "全省政协系统先进集体")]
    [InlineData("我县获国家科学技术进步奖3项。", "国家科学技术进步奖")]
    [InlineData("县政协机关获全省首个基层协商示范点。", "基层协商示范点")]
    [InlineData("我县再次获评全国文明城市。", "全国文明城市")]
    public void A_conferred_honour_is_an_award(string sentence, string name)
    {
        var graph = TestExtraction.Read(County + sentence).Graph;

        Assert.Equal(name, Assert.Single(graph.OfLabel("Award")).Name);
    }

    [Theory]
    [InlineData("全县3所职业学校入选国家“双优计划”。")]
    [InlineData("县政协机关年度考核被评为“优秀”等次。")]
    [InlineData("一批文艺作品荣获国家级大奖。")]
    [InlineData("县政协获得“政协委员之家”建设资金支持。")]
    [InlineData("县里获批国家级现代农业示范区。")]
    [InlineData("一批作品在全国性文艺评奖中获奖。")]
    [InlineData("县公安局查获假冒“金奖”白酒一批。")]
    [InlineData("擦亮“国家森林城市”“国际湿地城市”两张生态名片。")]
    public void Programmes_grades_and_unnamed_prizes_are_not_awards(string sentence)
    {
        var graph = TestExtraction.Read(County + sentence).Graph;

        Assert.Empty(graph.OfLabel("Award"));
    }

    [Fact]
    public void Each_honour_of_a_list_after_the_verb_is_an_award()
    {
        var graph = TestExtraction.Read(County + "一批作品先后荣获“五个一工程”奖、文华奖、群星奖等6项大奖。").Graph;

        Assert.Equal(["五个一工程", "文华奖", "群星奖"], graph.OfLabel("Award").Select(a => a.Name).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("县政协对本届以来的20件优秀提案和8个提案办理先进单位予以表彰。", new[] { "优秀提案", "提案办理先进单位" })]
    [InlineData("全国政协委员优秀履职奖表彰仪式在京举行。", new[] { "全国政协委员优秀履职奖" })]
    [InlineData("县政协召开会议，部署创建全国文明城市工作。", new[] { "全国文明城市" })]
    public void Honours_known_by_name_are_awards_wherever_named(string sentence, string[] names)
    {
        var graph = TestExtraction.Read(County + sentence).Graph;

        Assert.Equal(names.Order(StringComparer.Ordinal), graph.OfLabel("Award").Select(a => a.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void An_honour_ends_before_the_people_who_got_it()
    {
        var graph = TestExtraction.Read(County + "刚刚获得全省政协委员履职奖的李明委员说，这份荣誉属于大家。").Graph;

        Assert.Equal("全省政协委员履职奖", Assert.Single(graph.OfLabel("Award")).Name);
    }

    [Fact]
    public void Recipients_named_before_the_honour_are_not_its_name()
    {
        var graph = TestExtraction.Read(County + "决定授予王明等12位委员县政协年度建言献策奖。").Graph;

        Assert.Equal("县政协年度建言献策奖", Assert.Single(graph.OfLabel("Award")).Name);
    }
}
