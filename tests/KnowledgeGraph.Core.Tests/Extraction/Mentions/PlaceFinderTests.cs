namespace KnowledgeGraph.Core.Tests.Extraction.Mentions;

public class PlaceFinderTests
{
    [Fact]
    public void A_town_shared_by_two_provinces_is_read_in_the_documents_city()
    {
        var graph = TestExtraction.Read("政协盐城市委员会工作报告\n\n罗桥镇开展协商议事活动。").Graph;

        Assert.Contains(graph.OfLabel("Place"), p => p.Id == "place:320923112");
        Assert.DoesNotContain(graph.OfLabel("Place"), p => p.Id == "place:430482111");
    }

    [Fact]
    public void A_short_form_shared_by_a_city_and_its_district_is_the_city()
    {
        var graph = TestExtraction.Read("淮安在现代化新征程上展示新作为。").Graph;

        Assert.Contains(graph.OfLabel("Place"), p => p.Id == "place:320800");
        Assert.DoesNotContain(graph.OfLabel("Place"), p => p.Id == "place:320803");
    }

    [Theory]
    [InlineData("组织经济界别、企业家委员和县（市、区）政协联动调研。")]
    [InlineData("同心互联活动广泛开展。")]
    public void Ordinary_words_and_two_character_names_are_not_read_as_places_out_of_context(string sentence)
    {
        var graph = TestExtraction.Read("政协淮安市委员会工作报告\n\n" + sentence).Graph;

        Assert.DoesNotContain(graph.OfLabel("Place"), p => p.Name is "和县" or "同心县");
    }

    [Theory]
    [InlineData("沁县政协召开常委会议，听取专题调研情况汇报。", "沁县")]
    [InlineData("会后，沁县政协主席带队察看了两个项目。", "沁县")]
    [InlineData("希望大家为沁县发展多建良策。", "沁县")]
    [InlineData("市政协调研组肯定了睢县贯彻政协工作会议精神的做法。", "睢县")]
    public void A_two_character_county_whose_first_character_is_no_word_of_its_own_is_read_without_context(string sentence, string county)
    {
        var graph = TestExtraction.Read(sentence).Graph;

        Assert.Contains(graph.OfLabel("Place"), p => p.Name == county);
    }

    [Theory]
    [InlineData("市政协调研组听取了祁县长关于营商环境的情况介绍。")]
    [InlineData("会上，萧县长、邱县长、蒲县长分别介绍了情况。")]
    public void A_surname_before_the_title_county_head_is_no_county_however_rare_its_character(string sentence)
    {
        var graph = TestExtraction.Read(sentence).Graph;

        Assert.DoesNotContain(graph.OfLabel("Place"), p => p.Name.Length == 2 && p.Name[1] == '县');
    }

    [Fact]
    public void A_two_character_county_opening_with_a_common_word_still_needs_context()
    {
        var graph = TestExtraction.Read("会议要求市和县两级政协加强联动，单县推进的做法值得借鉴。").Graph;

        Assert.DoesNotContain(graph.OfLabel("Place"), p => p.Name is "和县" or "单县");
    }

    [Fact]
    public void Every_place_brings_its_chain_up_to_the_province()
    {
        var graph = TestExtraction.Read("政协盐城市委员会工作报告\n\n2023年9月5日，阜宁县罗桥镇开展活动。").Graph;

        Assert.True(graph.HasRelation("PART_OF", "place:320923112", "place:320923"));
        Assert.True(graph.HasRelation("PART_OF", "place:320923", "place:320900"));
        Assert.True(graph.HasRelation("PART_OF", "place:320900", "place:320000"));
    }
}

// Places that are places: sentences written for these tests in the genre's patterns.
public class PlacesThatArePlacesTests
{
    private const string Jiangxi = "2026年江西省政府工作报告\n各位代表：\n现在，我代表省人民政府，向大会报告政府工作。南昌、九江、赣州加快发展。\n";

    [Theory]
    [InlineData("新建5G基站1.2万个，新建改建农村公路3000公里。")]
    [InlineData("平原地区加快高标准农田建设，推动合作社规范发展。")]
    [InlineData("深入推进乡村振兴，城南片区改造顺利完成。")]
    [InlineData("加强与长三角合作，推动产业振兴和人才振兴。")]
    [InlineData("西湖大学、西夏陵、庐山国家植物园等一批重点项目加快推进。")]
    [InlineData("推进海西经济区建设，打造徽州文化生态保护区。")]
    public void Common_words_and_landmarks_that_share_a_places_name_are_never_places(string sentence)
    {
        var graph = TestExtraction.Read(Jiangxi + sentence).Graph;

        Assert.DoesNotContain(graph.OfLabel("Place"), p => p.Name is "新建区" or "平原县" or "合作市" or "振兴区" or "西湖区" or "西夏区" or "庐山市" or "海西蒙古族藏族自治州" or "徽州区"
            || p.Name.StartsWith("城南", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("主动适应城市发展新形势。", "应城市")]
    [InlineData("居民收入增长快于城镇居民。", "于城镇")]
    [InlineData("深入各乡镇和工业园区走访企业。", "工业园区")]
    public void A_name_inside_another_word_is_not_a_place_and_brings_no_chain(string sentence, string name)
    {
        var graph = TestExtraction.Read(Jiangxi + sentence).Graph;

        Assert.DoesNotContain(graph.OfLabel("Place"), p => p.Name == name);
        Assert.DoesNotContain(graph.Relations, r => r.Type == "PART_OF" && graph.Nodes.Any(n => n.Id == r.From && n.Name == name));
    }

    [Theory]
    [InlineData("2026年四川省人民政府工作报告", "四川省")]
    [InlineData("在中共安徽省委坚强领导下，全省上下团结奋斗。", "安徽省")]
    [InlineData("涟水县委书记出席会议。", "涟水县")]
    [InlineData("余杭区政协主席参加活动。", "余杭区")]
    public void A_name_that_opens_an_organisations_name_or_goes_on_into_its_suffix_is_a_place(string sentence, string name)
    {
        var graph = TestExtraction.Read(sentence).Graph;

        Assert.Contains(graph.OfLabel("Place"), p => p.Name == name);
    }

    [Fact]
    public void A_county_named_by_its_short_form_is_read_in_its_province_and_only_there()
    {
        const string sentence = "包河、萧山两地加快建设科创园区。";

        var inAnhui = TestExtraction.Read("2026年安徽省政府工作报告\n各位代表：\n合肥、芜湖、蚌埠加快发展。" + sentence).Graph;
        var inZhejiang = TestExtraction.Read("2026年浙江省政府工作报告\n各位代表：\n杭州、宁波、温州加快发展。" + sentence).Graph;

        Assert.Contains(inAnhui.OfLabel("Place"), p => p.Name == "包河区");
        Assert.DoesNotContain(inAnhui.OfLabel("Place"), p => p.Name == "萧山区");
        Assert.Contains(inZhejiang.OfLabel("Place"), p => p.Name == "萧山区");
        Assert.DoesNotContain(inZhejiang.OfLabel("Place"), p => p.Name == "包河区");
    }

    [Fact]
    public void A_name_shared_by_divisions_of_several_provinces_goes_to_the_one_in_the_documents_province()
    {
        var inJilin = TestExtraction.Read("长春市政协工作报告\n各位委员：\n市政协组织委员赴朝阳区调研。").Graph;
        var inBeijing = TestExtraction.Read("北京市政协工作报告\n各位委员：\n市政协组织委员赴朝阳区调研。").Graph;

        Assert.Contains(inJilin.OfLabel("Place"), p => p.Name == "朝阳区" && (string)p.Properties["province"] == "吉林省");
        Assert.Contains(inBeijing.OfLabel("Place"), p => p.Name == "朝阳区" && (string)p.Properties["province"] == "北京市");
    }

    // 会同 ("jointly with") before a body of the county, district or city (会同县统战部, 会同区委办公室), and
    // 全州 ("the whole prefecture") before its committee (全州政协系统): the words, not 会同县 or 全州县.
    [Theory]
    [InlineData("政协安平县委员会\n\n县政协文史委会同县统战部、县档案馆开展专题调研。", "会同县")]
    [InlineData("政协江川区委员会\n\n区政协提案委将会同区委办公室、区政府办公室开展督办。", "会同县")]
    [InlineData("政协海北藏族自治州委员会\n\n州政协召开全州政协文史工作座谈会，全州政协系统共编印文史资料6辑。", "全州县")]
    public void A_verb_or_a_whole_place_written_like_a_divisions_name_is_no_place_outside_its_province(string text, string name)
    {
        var graph = TestExtraction.Read(text).Graph;

        Assert.DoesNotContain(graph.OfLabel("Place"), p => p.Name == name);
        Assert.DoesNotContain(graph.OfLabel("Committee"), c => c.Name.Contains(name, StringComparison.Ordinal));
    }

    // 各位来宾 (guests), 友好政协 (twinned committees), 洪山礼堂 (a hall): common words and venues, not 来宾市, 友好区, 洪山区.
    [Theory]
    [InlineData("政协南宁市委员会\n\n各位委员、各位来宾：现在，我代表常务委员会报告工作。", "来宾市")]
    [InlineData("政协温州市委员会\n\n两地政协通过“友好政协”结对共建，推动交流合作。", "友好区")]
    [InlineData("政协湖北省委员会\n\n全体会议在武汉洪山礼堂举行。", "洪山区")]
    public void A_common_word_or_a_venue_sharing_a_divisions_short_form_is_no_place(string text, string name)
    {
        var graph = TestExtraction.Read(text).Graph;

        Assert.DoesNotContain(graph.OfLabel("Place"), p => p.Name == name);
    }

    // 县政协会同县发改局 (the committee "jointly with" the county's bureau) in the division's own province or city.
    [Theory]
    [InlineData("政协株洲市委员会\n\n县政协会同县发改局开展调研。")]
    [InlineData("政协怀化市委员会\n\n区政协会同县发改局开展调研。")]
    public void A_verb_stem_right_after_a_body_is_the_verb_in_its_own_province(string text)
    {
        var graph = TestExtraction.Read(text).Graph;

        Assert.DoesNotContain(graph.OfLabel("Place"), p => p.Name == "会同县");
    }

    [Theory]
    [InlineData("政协会同县委员会2022年工作报告\n\n县政协全年组织视察5次。")]
    [InlineData("政协湖南省委员会\n\n怀化市会同县政协组织委员视察。")]
    public void A_verb_stem_naming_its_committee_or_after_its_parent_is_the_place(string text)
    {
        var graph = TestExtraction.Read(text).Graph;

        Assert.Contains(graph.OfLabel("Place"), p => p.Name == "会同县");
    }

    [Theory]
    [InlineData("政协怀化市委员会\n\n会同县政协主席带队视察。", "会同县")]
    [InlineData("政协桂林市委员会\n\n全州县政协组织委员视察。", "全州县")]
    public void A_division_named_like_a_common_word_is_a_place_in_its_own_city(string text, string name)
    {
        var graph = TestExtraction.Read(text).Graph;

        Assert.Contains(graph.OfLabel("Place"), p => p.Name == name);
    }

    [Fact]
    public void A_short_form_that_is_a_common_word_is_a_place_right_before_a_word_that_marks_one()
    {
        var graph = TestExtraction.Read("南昌市政协工作报告\n各位委员：\n新建区政协组织委员视察，新建区委主要负责同志参加。").Graph;

        Assert.Contains(graph.OfLabel("Place"), p => p.Name == "新建区");
    }

    [Fact]
    public void Places_inside_a_committees_name_are_places_the_text_names()
    {
        var graph = TestExtraction.Read("日前，黑龙江省佳木斯市汤原县政协主席带队走访企业。").Graph;
        var mentioned = graph.Relations.Where(r => r.Type == "MENTIONS").Select(r => r.To).ToHashSet();

        Assert.All(new[] { "黑龙江省", "佳木斯市", "汤原县" }, name => Assert.Contains(graph.OfLabel("Place"), p => p.Name == name && mentioned.Contains(p.Id)));
    }
}
