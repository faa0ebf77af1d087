using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Core.Tests.Extraction.Context;

// Every written form of an issuer, in short documents written for these tests (patterns of the
// genre, sentences ours).
public class IssuerTests
{
    [Theory]
    [InlineData("政协盐城市委员会常务委员会工作报告\n各位委员：\n一年来，市政协坚持团结和民主两大主题。", "政协盐城市委员会")]
    [InlineData("——2024年12月20日在政协岳阳市第九届委员会第四次会议上的报告\n各位委员：\n一年来，市政协扎实履职。", "政协岳阳市委员会")]
    [InlineData("1月24日，政协第十三届广东省委员会第四次会议在广州开幕。会议听取了常务委员会工作报告。", "政协广东省委员会")]
    [InlineData("1月26日上午，中国人民政治协商会议第八届文成县委员会第四次会议在县府礼堂开幕。", "政协文成县委员会")]
    [InlineData("中国人民政治协商会议湖北省第十一届委员会常务委员会工作报告\n各位委员：\n一年来，省政协认真履行职能。", "政协湖北省委员会")]
    [InlineData("绵竹市政协建言民营企业发展\n3月25日，绵竹市政协召开主席会议，围绕民营经济发展建言献策。", "政协绵竹市委员会")]
    [InlineData("全国政协十四届二次会议今天下午在北京开幕，常委会作关于提案工作情况的报告。", "中国人民政治协商会议全国委员会")]
    public void A_committee_named_in_any_full_form_issues_the_document(string text, string issuer)
    {
        Assert.Equal(issuer, Issuer(text));
    }

    [Fact]
    public void A_district_story_in_a_provincial_newspaper_is_the_district_committees()
    {
        const string text = """
            某某政协报数字报
            当前位置：某某政协报首页 > 数字报
            西林县政协：巧用“四字诀”解决群众急难愁盼
            2022-08-20 | 来源：广西政协报
            西林讯 西林县政协充分发挥优势，助推乡村振兴。县政协先后深入基层调研36次。
            """;

        Assert.Equal("政协西林县委员会", Issuer(text));
    }

    [Theory]
    [InlineData("旗政协开展委员集体视察活动\n10月29日，旗政协组织委员视察伊金霍洛旗第二人民医院建设项目，伊金霍洛旗政协在家党组成员参加。", "政协伊金霍洛旗委员会")]
    [InlineData("区政协主席走进实践中心参加委员轮值活动\n7月7日上午，余杭区政协主席走进实践中心，参加委员轮值活动。", "政协杭州市余杭区委员会")]
    [InlineData("2月15日，县政协副主席带队走访民营企业。随后一行来到2023年蓝山县重点项目建设企业调研，为蓝山营商环境建设出力。", "政协蓝山县委员会")]
    [InlineData("本报讯 近日，自治区政协召开主席会议。会议强调，要为建设美丽新疆贡献力量，新疆各级政协组织要积极行动。", "政协新疆维吾尔自治区委员会")]
    public void A_relative_committee_is_resolved_through_the_place_the_document_names_most(string text, string issuer)
    {
        Assert.Equal(issuer, Issuer(text));
    }

    [Fact]
    public void A_municipalitys_site_masthead_makes_its_city_committee_the_issuer()
    {
        const string text = """
            视察调研
            中国人民政治协商会议重庆市委员会主办
            首页 > 视察调研 > 正文
            搭建履职新平台 架起两地连心桥
            2023年09月06日 09:47 来源：重庆政协报
            9月4日，市政协副主席率队赴渝北区调研委员工作室运行情况。
            """;

        Assert.Equal("政协重庆市委员会", Issuer(text));
    }

    [Theory]
    [InlineData("2026年安徽省政府工作报告\n来源：安徽日报\n各位代表：\n现在，我代表省人民政府，向大会报告政府工作，并请省政协委员提出意见。", "安徽省人民政府")]
    [InlineData("2026年四川省人民政府工作报告\n各位代表：\n现在，我代表省人民政府，向大会报告政府工作。", "四川省人民政府")]
    [InlineData("政府工作报告\n——2026年1月26日在广东省第十四届人民代表大会第五次会议上\n广东省省长 孟某某\n各位代表：\n现在，我代表省人民政府，向大会报告工作，请省政协委员提出意见。广东经济稳中有进，广州、深圳加快发展。", "广东省人民政府")]
    [InlineData("淮安市人大常委会工作报告\n各位代表：\n现在，我代表市人大常委会报告工作。", "淮安市人大常委会")]
    public void A_government_or_congress_report_is_issued_by_that_body_not_by_the_committee_it_names(string text, string issuer)
    {
        var graph = TestExtraction.Read(text).Graph;

        Assert.Equal(issuer, graph.Document.Properties["issuer"]);
        Assert.False(graph.Document.Properties.ContainsKey("committee"));
        Assert.Contains(graph.Relations, r => r.Type == "ISSUED" && r.From == "body:" + issuer && r.To == graph.Document.Id);
    }

    [Fact]
    public void A_text_that_names_no_committee_and_no_report_has_no_issuer()
    {
        var graph = TestExtraction.Read("春天来了，田野里一片繁忙景象。农民们忙着播种。").Graph;

        Assert.False(graph.Document.Properties.ContainsKey("issuer"));
        Assert.DoesNotContain(graph.Relations, r => r.Type == "ISSUED");
    }

    private static object? Issuer(string text)
    {
        var graph = TestExtraction.Read(text).Graph;
        Assert.Equal(graph.Document.Properties.GetValueOrDefault("committee"), graph.Document.Properties.GetValueOrDefault("issuer"));
        return graph.Document.Properties.GetValueOrDefault("issuer");
    }
}

// Where a relative committee's place comes from when the text names it only once, in passing.
public class IssuerPlaceTests
{
    [Theory]
    [InlineData("新甘谷讯 近日，县政协组织部分委员开展集中视察活动，实地察看重点项目建设情况。", "政协甘谷县委员会")]
    [InlineData("西林讯 县政协充分发挥优势，助推乡村振兴。", "政协西林县委员会")]
    [InlineData("【富民县】县政协召开十届五次常委会议\n会议听取了有关工作情况的汇报。", "政协富民县委员会")]
    [InlineData("市政协召开主席会议\n3月6日，市政协召开主席会议，研究年度重点协商议题。\n沧州日报", "政协沧州市委员会")]
    [InlineData("市政协调研组赴阳城县调研\n日前，市政协副主席带队赴阳城县调研文旅融合发展情况，阳城县政府有关负责同志陪同。", "政协晋城市委员会")]
    [InlineData("县政协十四届三次会议开幕\n1月10日，政协富民县第十届委员会第三次会议开幕。", "政协富民县委员会")]
    [InlineData("无为县政协开展民主监督活动\n近日，县政协组织委员开展民主监督。", "政协无为市委员会")]
    public void The_place_is_read_from_the_dateline_the_tag_the_paper_or_the_county_visited(string text, string issuer)
    {
        var graph = TestExtraction.Read(text).Graph;

        Assert.Equal(issuer, graph.Document.Properties.GetValueOrDefault("issuer"));
    }

    [Fact]
    public void A_closing_credit_in_brackets_names_the_issuing_body()
    {
        var graph = TestExtraction.Read("11月以来，县政协副主席带领调研组开展企业走访，共走访企业30家。\n（五河县工商联）").Graph;

        Assert.Equal("五河县工商业联合会", graph.Document.Properties["issuer"]);
        Assert.False(graph.Document.Properties.ContainsKey("committee"));
    }

    [Fact]
    public void A_closing_credit_with_its_writer_and_the_word_for_sending_it_names_the_committee()
    {
        var graph = TestExtraction.Read("特色农业调研活动走进乡村\n4月10日，调研组到乡村调研特色农业，相关部门负责人陪同调研。\n（涟水县政协  王某某  供稿）").Graph;

        Assert.Equal("政协涟水县委员会", graph.Document.Properties["issuer"]);
    }

    [Fact]
    public void An_autonomous_county_written_without_its_peoples_is_that_county()
    {
        var graph = TestExtraction.Read("长阳县政协开展民主监督活动\n近日，县政协组织委员到乡镇开展民主监督。").Graph;

        Assert.Equal("政协长阳土家族自治县委员会", graph.Document.Properties["issuer"]);
    }
}

// Relative and district forms on pages that name the place only in passing (the texts are ours).
public class DistrictIssuerTests
{
    private static object? Issuer(string text) => TestExtraction.Read(text).Graph.Document.Properties.GetValueOrDefault("issuer");

    [Fact]
    public void 新区政协_in_a_story_about_浦东新区_is_its_committee_named_with_the_municipality()
    {
        const string text = "委员面对面\n本报讯 昨日，新区政协七届四次会议举行现场咨询活动。浦东新区各部门在现场接受委员咨询。";

        Assert.Equal("政协上海市浦东新区委员会", Issuer(text));
    }

    [Fact]
    public void 区政协_in_a_city_story_is_the_district_the_story_names_in_that_city()
    {
        // The city is named most (宁波 three times), the district only through its town (集士港镇).
        const string text = "全媒体记者 王小明\n昨天，出席区政协五届三次会议的委员们陆续报到。一位委员是集士港镇一所小学的老师，关注集士港镇的垃圾分类。另一位委员在宁波市饭店业协会任职，常在宁波各剧场演出，希望宁波的文旅更有特色。";
        var graph = TestExtraction.Read(text).Graph;

        Assert.Equal("政协宁波市海曙区委员会", graph.Document.Properties.GetValueOrDefault("issuer"));
    }

    [Fact]
    public void A_committee_named_only_for_a_guest_s_title_gives_way_to_the_committee_the_story_is_about()
    {
        const string text = "本报讯 昨天下午，首个街道政协委员联络室挂牌成立。深圳市政协副主席王某某参加了揭牌仪式。福田区政协决定在各街道设立联络室。";

        Assert.Equal("政协深圳市福田区委员会", Issuer(text));
    }

    [Fact]
    public void A_district_named_only_in_the_foot_s_source_line_resolves_区政协()
    {
        const string text = "政协委员讨论常委会工作报告\n2024-01-24 08:48:15\n1月23日下午，委员们一致认为，报告客观反映了区政协过去一年的工作。\n稿件来源: 繁昌区融媒体中心\n编辑: 王某";

        Assert.Equal("政协芜湖市繁昌区委员会", Issuer(text));
    }
}

