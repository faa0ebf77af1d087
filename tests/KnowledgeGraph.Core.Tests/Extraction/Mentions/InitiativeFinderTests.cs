namespace KnowledgeGraph.Core.Tests.Extraction.Mentions;

/// <summary>
/// What a named initiative is on texts of the genre: brands, platforms and studios of a body,
/// never emphasis quotes, figures of speech, scope words or research laboratories.
/// </summary>
public class InitiativeFinderTests
{
    private const string County = "政协东湖县委员会\n\n";

    private static List<string> Initiatives(string sentence) =>
        TestExtraction.Read(County + sentence).Graph.OfLabel("Initiative").Select(n => n.Name).ToList();

    [Theory]
    [InlineData("县政协依托覆盖全县的委员工作站，深入开展“清溪议事坊”品牌活动20余场。", "清溪议事坊")]
    [InlineData("落实市政协“好好商量”协商平台建设工作要求，推动协商向基层延伸。", "好好商量")]
    [InlineData("在联系点设立“门前议事亭”，定期收集群众意见。", "门前议事亭")]
    [InlineData("县政协与书店共建“书香政协·东湖书苑”，委员可免费借阅。", "书香政协·东湖书苑")]
    [InlineData("会议通报了“东湖数字政协”建设进展。", "东湖数字政协")]
    [InlineData("发挥“随手拍随时议”线上协商议事平台作用，助力解决群众难题。", "随手拍随时议")]
    public void Brands_platforms_and_venues_are_initiatives(string sentence, string name)
    {
        Assert.Contains(name, Initiatives(sentence));
    }

    [Fact]
    public void An_activity_month_of_a_known_family_is_no_initiative_of_its_own()
    {
        var names = Initiatives("东湖镇开展“书香政协·读书分享月”活动。");

        Assert.DoesNotContain("书香政协·读书分享月", names);
    }

    [Theory]
    [InlineData("县政协将各镇街“委员工作室”优化为“委员议事厅”。", "委员议事厅")]
    [InlineData("县政协推出的“民情直通车”更名为“民情一点通”。", "民情一点通")]
    [InlineData("“湖畔议事角”迭代为“东湖协商驿站”平台。", "湖畔议事角")]
    public void What_an_initiative_becomes_or_became_is_an_initiative_too(string sentence, string name)
    {
        Assert.Contains(name, Initiatives(sentence));
    }

    [Theory]
    [InlineData("县政协将各镇街“委员工作室”提升为“市级示范点”。", "市级示范点")]
    [InlineData("县政协推出的“民情直通车”整合为“三大平台”。", "三大平台")]
    public void A_grade_or_a_numbered_set_an_initiative_becomes_is_no_initiative(string sentence, string name)
    {
        var names = Initiatives(sentence);

        Assert.Contains(names, n => n is "委员工作室" or "民情直通车");
        Assert.DoesNotContain(name, names);
    }

    [Fact]
    public void Names_quoted_beside_an_initiative_are_initiatives_too()
    {
        var names = Initiatives("依托“湖畔民情通”平台收集意见。会上通报了“湖畔民情通”“协商一点通”的使用情况。");

        Assert.Contains("湖畔民情通", names);
        Assert.Contains("协商一点通", names);
    }

    [Theory]
    [InlineData("委员们通过视频连线“面对面”，回答青年关心的问题。")]
    [InlineData("要发挥好委员联系点的“窗口”作用，适时开展“回头看”。")]
    [InlineData("努力打造具有辨识度的政协“金名片”。")]
    [InlineData("推动闲置资产“动起来”，盘活存量资源。")]
    [InlineData("为委员开展线上学习等九位一体的“线上工作”提供保障。")]
    [InlineData("着力打造“委员天天学、讲堂年年办”的读书活动品牌。")]
    [InlineData("健全湿地公园“湖”“田”融合发展机制。")]
    public void Emphasis_figures_of_speech_and_slogan_lists_are_no_initiatives(string sentence)
    {
        Assert.Empty(Initiatives(sentence));
    }

    [Theory]
    [InlineData("在委员工作室建立联系群众的制度。")]
    [InlineData("对试点外委员工作室进行通报表扬。")]
    [InlineData("各级委员工作室准确把握性质定位。")]
    [InlineData("以委员工作室建在产业链上，服务界别群众。")]
    public void Scope_words_and_prepositions_before_a_studio_are_no_name(string sentence)
    {
        Assert.DoesNotContain(Initiatives(sentence), n => n.EndsWith("工作室", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("文艺界别委员工作室开展送文化下乡活动。", "文艺界别委员工作室")]
    [InlineData("新教育实验室深入调研校外托管问题。", "新教育实验室")]
    public void Studios_named_by_a_sector_or_a_theme_are_initiatives(string sentence, string name)
    {
        Assert.Contains(name, Initiatives(sentence));
    }

    [Theory]
    [InlineData("全国重点实验室新增3家。")]
    [InlineData("省重点实验室达到40家。")]
    public void Research_laboratories_are_no_studios(string sentence)
    {
        Assert.DoesNotContain(Initiatives(sentence), n => n.EndsWith("实验室", StringComparison.Ordinal));
    }

    [Fact]
    public void A_numeral_pun_is_not_completed_by_a_generic_noun()
    {
        var names = Initiatives("大力实施“两重”项目，扎实推进重大工程建设。");

        Assert.Contains("两重", names);
        Assert.DoesNotContain("两重项目", names);
    }

    [Theory]
    [InlineData("县政协倡导不搞“形象工程”、“政绩工程”。", "形象工程")]
    [InlineData("县政协倡导不搞“形象工程”、“政绩工程”。", "政绩工程")]
    [InlineData("配合有关部门综合整治“内卷式”竞争。", "内卷式")]
    [InlineData("依法打击“黑车”揽客行为。", "黑车")]
    [InlineData("深化治理“餐桌污染”、建设“食品放心工程”。", "餐桌污染")]
    public void What_a_sentence_says_to_stop_is_no_initiative(string sentence, string name)
    {
        Assert.DoesNotContain(name, Initiatives(sentence));
    }

    [Theory]
    [InlineData("深化治理“餐桌污染”、建设“食品放心工程”。", "食品放心工程")]
    [InlineData("深化基层治理“三治融合”机制。", "三治融合")]
    [InlineData("县政协积极参与城乡环境集中整治“百日攻坚”行动。", "百日攻坚")]
    [InlineData("各委员小组投身农村人居环境综合整治“清水绕村”工程。", "清水绕村")]
    public void A_name_after_a_stopped_one_or_after_governance_as_a_noun_stays(string sentence, string name)
    {
        Assert.Contains(name, Initiatives(sentence));
    }

    [Theory]
    [InlineData("县政协通过“请你来商量”协商议事平台，推进“云雾山”景区建设。", "云雾山", "请你来商量")]
    [InlineData("县政协依托“清江好商量”平台，推进“桃花岛”“月亮湾”等景区融合发展。", "桃花岛", "清江好商量")]
    [InlineData("县政协通过“两级联动”工作架构，发挥委员“四员”（政策“宣讲员”、民情“信息员”）作用。", "四员", "两级联动")]
    [InlineData("县政协通过“两级联动”工作架构，发挥委员“四员”（政策“宣讲员”、民情“信息员”）作用。", "宣讲员", "两级联动")]
    [InlineData("县政协建立“民族委员+律师委员+社工+家长”的“二帮一”关爱机制。", "民族委员+律师委员+社工+家长", "二帮一")]
    [InlineData("县政协依托“清江好商量”融媒体平台，开展“茶产业提质增效”“竹产业转型升级”等全媒体协商。", "茶产业提质增效", "清江好商量")]
    [InlineData("县政协依托“清江好商量”融媒体平台，开展“茶产业提质增效”专题协商。", "茶产业提质增效", "清江好商量")]
    public void A_place_a_role_the_people_joined_or_a_subject_consulted_on_is_no_initiative(string sentence, string name, string? platform)
    {
        var names = Initiatives(sentence);

        Assert.DoesNotContain(name, names);
        if (platform is not null)
        {
            Assert.Contains(platform, names);
        }
    }

    [Theory]
    [InlineData("县政协依托“委员之家”，发挥“清江好商量+委员说事”协商平台作用。", "清江好商量+委员说事")]
    [InlineData("县政协推广“党建+协商”工作模式。", "党建+协商")]
    [InlineData("县政协依托“清江好商量”平台，开展“有事好商量”协商1200场。", "有事好商量")]
    [InlineData("县政协推出“绿、黄、红”三色管理法。", "三色管理法")]
    [InlineData("县政协推出“小小讲解员”品牌，带领青少年走进家乡。", "小小讲解员")]
    [InlineData("县政协深入开展“清风助企”园区行，走访企业30家。", "清风助企")]
    [InlineData("县政协通过“清江好商量”协商议事平台，按照“事前商、事中督”工作机制，开展协商。", "事前商、事中督")]
    [InlineData("县政协按照“事前商、事中督”协商机制，开展协商。", "事前商、事中督")]
    [InlineData("县政协深入实施“百村带动、千户增收”工程。", "百村带动、千户增收")]
    public void Brands_joined_by_plus_a_brand_before_consultations_and_named_methods_stay(string sentence, string name)
    {
        Assert.Contains(name, Initiatives(sentence));
    }

    [Theory]
    [InlineData("县政协通过“清江好商量”协商议事平台，按照“事前商、事中督”工作机制，开展协商。", "工作机制")]
    [InlineData("县政协按照“事前商、事中督”协商机制，开展协商。", "协商机制")]
    [InlineData("县政协深入实施“百村带动、千户增收”工程。", "工程")]
    public void The_bare_kind_after_a_quoted_list_is_no_name(string sentence, string kind)
    {
        Assert.DoesNotContain(kind, Initiatives(sentence));
    }

    [Theory]
    [InlineData("创新发展“首店经济”、“夜市经济”，激活消费潜力。")]
    [InlineData("大力推进“银发经济”。")]
    public void A_form_of_the_economy_is_no_initiative(string sentence)
    {
        Assert.DoesNotContain(Initiatives(sentence), n => n.EndsWith("经济", StringComparison.Ordinal));
    }

    [Fact]
    public void A_two_character_abbreviation_is_not_completed_by_the_words_after_it()
    {
        var names = Initiatives("县政协建议用好“两新”超长期特别国债。");

        Assert.DoesNotContain(names, n => n.StartsWith("两新", StringComparison.Ordinal) && n != "两新");
    }

    [Theory]
    [InlineData("县政协推出“码上”议事平台，收集群众意见。", "码上议事")]
    [InlineData("县政协上线“e键”履职平台，委员随时提交建议。", "e键履职")]
    public void A_two_character_pun_not_led_by_a_numeral_is_completed(string sentence, string name)
    {
        Assert.Contains(name, Initiatives(sentence));
    }

    [Fact]
    public void A_two_character_dictionary_word_is_not_completed_as_a_pun()
    {
        Assert.DoesNotContain(Initiatives("县政协建议景区“门票”减免惠及游客。"), n => n.StartsWith("门票", StringComparison.Ordinal) && n != "门票");
    }

    [Fact]
    public void A_count_after_an_upgrade_is_no_version()
    {
        var names = Initiatives("县政协推进“云上议事厅”建设，提质升级21个村级议事点。");

        Assert.Contains("云上议事厅", names);
        Assert.DoesNotContain(names, n => n.EndsWith("21", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("县政协推进“云上议事厅”建设，提档升级1.5万平方米活动场所。")]
    [InlineData("县政协推进“云上议事厅”建设，改造升级2.35公里村道。")]
    public void A_decimal_amount_after_an_upgrade_is_no_version(string sentence)
    {
        var graph = TestExtraction.Read(County + sentence).Graph;

        Assert.Contains("云上议事厅", graph.OfLabel("Initiative").Select(n => n.Name));
        Assert.DoesNotContain(graph.Relations, r => r.Type == "VERSION_OF");
    }

    [Fact]
    public void A_decimal_version_after_an_upgrade_is_a_version()
    {
        var graph = TestExtraction.Read(County + "县政协推进“云上议事厅”建设，年内升级为2.0版。").Graph;

        Assert.True(graph.HasRelation("VERSION_OF", "initiative:云上议事厅2.0", "initiative:云上议事厅"));
    }
}
