using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Core.Tests.Extraction.Mentions;

// Bodies named as written and closed by an organisation word, congresses by their full names and
// central bodies by name (the names are made up where they are not central bodies; the forms are
// the genre's).
public class BodiesNamedAsWrittenTests
{
    private const string Province = "政协安徽省委员会\n";

    private static DocumentGraph Read(string text) => TestExtraction.Read(text).Graph;

    private static IReadOnlyList<string> Bodies(DocumentGraph graph) => graph.OfLabel("Body").Select(n => n.Name).ToList();

    private static Node Body(DocumentGraph graph, string name) => Assert.Single(graph.OfLabel("Body"), n => n.Name == name);

    [Theory]
    [InlineData("推动组建青松物流集团，加快建设港口枢纽。", "青松物流集团", "企业")]
    [InlineData("高标准建设远星探测实验室，加强人才引进。", "远星探测实验室", "科研机构")]
    [InlineData("今年，松溪文化研究院揭牌成立。", "松溪文化研究院", "科研机构")]
    [InlineData("支持明湖大学加快建设一流学科。", "明湖大学", "高校")]
    [InlineData("组建跨境法律服务联盟，加强知识产权保护。", "跨境法律服务联盟", "社会组织")]
    [InlineData("国际星空观测学会总部落户合肥。", "国际星空观测学会", "社会组织")]
    [InlineData("签约落地，云岭农机有限公司投产。", "云岭农机有限公司", "企业")]
    [InlineData("挂牌成立长江智能制造创新中心，推动成果转化。", "长江智能制造创新中心", "机构")]
    // A dash before the name is no part of it; a word that names a kind of centre still names a group.
    [InlineData("走访企业--青禾服饰有限公司，了解用工情况。", "青禾服饰有限公司", "企业")]
    [InlineData("完成能源集团、大数据集团重组。", "大数据集团", "企业")]
    public void A_name_closed_by_an_organisation_word_starts_after_the_verb_that_introduces_it(string line, string name, string kind)
    {
        var graph = Read(Province + line);

        Assert.Equal(kind, Body(graph, name).Properties["kind"]);
    }

    [Fact]
    public void Names_in_a_list_are_one_body_each()
    {
        var bodies = Bodies(Read(Province + "新组建农垦集团、丝绸集团、外贸集团等，海风集团与石峰集团启动重组。"));

        Assert.Equal(["丝绸集团", "农垦集团", "外贸集团", "海风集团", "石峰集团"], bodies.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_count_before_the_name_is_not_part_of_it()
    {
        Assert.Contains("天目实验室", Bodies(Read(Province + "5个天目实验室揭牌运行。")));
    }

    [Fact]
    public void A_unit_named_after_a_central_body_holds_its_name_and_the_central_body_stays()
    {
        var bodies = Bodies(Read(Province + "积极支持中国科学院青峰创新研究院建设。"));

        Assert.Contains("中国科学院青峰创新研究院", bodies);
        Assert.Contains("中国科学院", bodies);
    }

    [Fact]
    public void A_province_in_brackets_after_a_centre_is_part_of_its_name()
    {
        Assert.Contains("国家水质计量中心（安徽）", Bodies(Read(Province + "成立国家水质计量中心（安徽），服务产业发展。")));
    }

    [Theory]
    // Kinds, not bodies: modifiers alone before the organisation word.
    [InlineData("布局建设省实验室和全国重点实验室。")]
    [InlineData("推动国有企业集团和龙头企业集团做强做优。")]
    [InlineData("建设现代产业学院和职业技术学院。")]
    [InlineData("省外12所高水平大学来皖合作办学。")]
    [InlineData("加快行业协会商会改革。")]
    [InlineData("引导股份制银行加大信贷投放。")]
    // Words an organisation word begins: not bodies.
    [InlineData("高校毕业生和大学生就业保持稳定。")]
    [InlineData("推进企业集团化经营。")]
    [InlineData("庆祝中国人民政治协商会议成立纪念日。")]
    // A centre that is a goal or a role, not one set up.
    [InlineData("加快建设国际金融中心和国际航运中心。")]
    [InlineData("打造省域副中心城市。")]
    public void Kinds_goals_and_longer_words_are_no_bodies(string line)
    {
        var graph = Read(Province + line);

        Assert.DoesNotContain(graph.OfLabel("Body"), n => n.Properties.GetValueOrDefault("kind") is "企业" or "科研机构" or "高校" or "社会组织" or "机构");
    }

    [Fact]
    public void A_clause_is_not_swallowed_into_a_name()
    {
        var bodies = Bodies(Read(Province + "我们坚持创新驱动发展深入实施科技强省战略持续推进高水平研究型大学建设。"));

        Assert.DoesNotContain(bodies, b => b.EndsWith("大学", StringComparison.Ordinal));
    }

    [Fact]
    public void A_province_body_written_short_is_the_provinces_and_named_as_written()
    {
        var graph = Read(Province + "重组组建省水务集团，推动市场化转型。");

        var body = Body(graph, "省水务集团");
        Assert.Equal("body:安徽省:省水务集团", body.Id);
    }

    [Fact]
    public void The_same_name_in_two_documents_is_one_node()
    {
        var first = Body(Read(Province + "支持明湖大学建设。"), "明湖大学");
        var second = Body(Read("政协福建省委员会\n推动明湖大学与企业合作。"), "明湖大学");

        Assert.Equal(first.Id, second.Id);
    }

    [Fact]
    public void A_congress_by_its_full_name_is_the_places_congress_and_its_standing_committee_has_the_short_canonical_name()
    {
        var graph = Read(Province + "2026年1月20日在安徽省第十四届人民代表大会第四次会议上。安徽省人民代表大会常务委员会审议通过。");

        Assert.Equal("人大", Body(graph, "安徽省人民代表大会").Properties["kind"]);
        Assert.Contains("安徽省人民代表大会常务委员会", Body(graph, "安徽省人大常委会").Aliases);
    }

    [Fact]
    public void The_congress_and_its_standing_committee_written_together_is_the_standing_committee()
    {
        Assert.Contains("安徽省人大常委会", Bodies(Read(Province + "在省人大及其常委会监督下依法行政。")));
    }

    [Fact]
    public void Central_bodies_are_named_by_their_full_names_with_the_short_ones_as_aliases()
    {
        var bodies = Bodies(Read(Province + "认真落实国务院部署，改革经验获中央改革办推广，与国家发展改革委衔接，新材料企业登陆港交所。"));

        Assert.Contains("国务院", bodies);
        Assert.Contains("中央改革办", bodies);
        Assert.Contains("国家发展和改革委员会", bodies);
        Assert.Contains("香港交易所", bodies);
    }

    [Fact]
    public void A_ministrys_name_inside_the_word_for_a_department_is_no_body()
    {
        Assert.DoesNotContain("教育部", Bodies(Read(Province + "职业院校划转为教育部门主管。")));
    }
}
