namespace KnowledgeGraph.Core.Tests.Extraction.Activities;

/// <summary>
/// Counts whose subject a sentence names once for all its clauses (a county, a bureau, an enterprise), counts
/// under a heading of plans, and counted verbs of the genre the reader missed (编发, 建设, 结对, 帮助, 每年…余次).
/// </summary>
public class SharedSubjectAndVerbFormsTests
{
    private const string County = "政协安平县委员会\n\n";

    private static IEnumerable<IReadOnlyDictionary<string, object>> Counted(string text) =>
        TestExtraction.Read(County + text).Graph.OfLabel("Activity").Where(a => a.Properties.ContainsKey("value")).Select(a => a.Properties);

    [Theory]
    [InlineData("县政协主席调研企业。今年以来，全县共新增市场主体1200家，引进项目35个，建成高标准农田12个。")]
    [InlineData("县政协委员走访企业。市公安局共侦破案件120起，开展专项行动8次。")]
    [InlineData("县政协委员走访企业。据县商务局统计，今年全县外贸企业共开拓新市场15个，举办展会8场。")]
    [InlineData("委员王某某创办的企业已带动周边农户300户增收，吸纳就业200人，建成生产线6条。")]
    [InlineData("县政协开展视察。该镇共建成美丽乡村示范村15个，开展环境整治行动20次。")]
    public void Clauses_without_a_subject_go_on_with_the_other_subject_the_sentence_opened_with(string text) =>
        Assert.Empty(Counted(text));

    [Theory]
    [InlineData("县政协开展视察。县人大常委会共听取专项报告12个，开展执法检查5次。")]
    [InlineData("县政协开展视察。县妇联累计举办培训班30期。")]
    [InlineData("县政协视察文化工作。县文旅局副局长介绍，今年共举办文化活动120场。")]
    [InlineData("县政协召开座谈会。会上，县农业农村局汇报了工作情况：今年共培训农民2000人次，建成示范基地15个。")]
    [InlineData("县政协组织委员视察。近年来，县医院共开展远程会诊1200次。")]
    [InlineData("县政协主席听取了汇报。据了解，今年以来，城关镇党委共组织党员培训15期，走访群众800户。")]
    [InlineData("县政协视察了县医院，该院今年共开展义诊活动30次。")]
    public void Another_body_or_its_officer_opening_the_clause_or_the_sentence_owns_its_counts(string text) =>
        Assert.Empty(Counted(text));

    // People's organisations and associations (文联, 侨联, 工商联, 红十字会, a 协会) report their own work in the
    // committee's news as the unions and the women's federation do.
    [Theory]
    [InlineData("县政协开展视察。县文联编发文艺简报12期，举办书画展览6场。")]
    [InlineData("市政协召开座谈会。市工商联今年共走访民营企业86家。")]
    [InlineData("区政协委员参加活动。区侨联累计帮助侨眷解决困难事项24件。")]
    [InlineData("县政协组织视察。县红十字会全年开展应急救护培训40场。")]
    [InlineData("县政协主席出席活动。县书法家协会先后举办公益讲座15次。")]
    public void A_peoples_organisation_or_an_association_owns_its_counts(string text) =>
        Assert.Empty(Counted(text));

    [Theory]
    [InlineData("县政协联合县工商联走访民营企业56家。", 56.0)]
    [InlineData("市政协会同市文联举办书画展览3场。", 3.0)]
    public void The_committee_acting_with_a_peoples_organisation_keeps_its_counts(string text, double value) =>
        Assert.Contains(Counted(text), a => (double)a["value"] == value);

    // What the committee's people learned or found (调研组了解到，全县已建成…) is the place's record, not their step.
    [Theory]
    [InlineData("县政协调研组了解到，全县已建成村级养老服务站36个。")]
    [InlineData("视察中，市政协委员们发现，全市共培育家庭农场120家。")]
    [InlineData("区政协主席一行获悉，今年以来全区共新增市场主体1500户，引进项目42个。")]
    public void What_the_committee_learned_about_the_whole_place_is_the_places(string text) =>
        Assert.Empty(Counted(text));

    [Fact]
    public void The_committee_acting_after_what_it_learned_keeps_its_counts() =>
        Assert.Contains(Counted("县政协调研组了解到有关情况后，县政协共提出意见建议12条。"), a => (double)a["value"] == 12.0);

    [Theory]
    [InlineData("县政协联合县财政局开展专题调研5次。", 5.0)]
    [InlineData("县政协邀请县医院专家开展义诊活动6次。", 6.0)]
    [InlineData("该区政协七届一次会议以来共提交提案145件。", 145.0)]
    [InlineData("县政协组织委员企业共走访困难群众30户，开展捐助活动5次。", 5.0)]
    public void A_committee_opening_the_sentence_keeps_its_counts(string text, double value) =>
        Assert.Contains(Counted(text), a => (double)a["value"] == value);

    // The committee's own people or groups going to a body (到县人民医院, 赴县检察院): the body is where, not who.
    [Theory]
    [InlineData("今年以来，主席会议成员到县人民医院调研3次。", 3.0)]
    [InlineData("调研组赴县检察院座谈2次。", 2.0)]
    [InlineData("视察组到县人民法院视察3次。", 3.0)]
    [InlineData("今年以来，常委们前往县市场监管局调研4次。", 4.0)]
    [InlineData("委员们赴县自然资源局视察2次。", 2.0)]
    public void The_committees_people_going_to_a_body_keep_their_counts(string text, double value) =>
        Assert.Contains(Counted(text), a => (double)a["value"] == value);

    // Sitting in on another body's meetings (列席县政府常务会议) is the committee's own step, with or without a subject.
    [Theory]
    [InlineData("县政协常委会全年列席县人大常委会会议7次，列席县政府常务会议11次。", 11.0)]
    [InlineData("一年来共列席县政府常务会议9次。", 9.0)]
    public void The_committee_sitting_in_on_another_bodys_meetings_keeps_its_counts(string text, double value) =>
        Assert.Contains(Counted(text), a => (double)a["value"] == value);

    // A review's heading that names the plan made or followed ((一)科学制定年度协商计划, 一、聚焦年度工作要点) is no heading of plans.
    [Theory]
    [InlineData("（一）认真制定年度协商计划\n\n县政协开展专题协商5次，组织委员视察7次。")]
    [InlineData("一、聚焦全年工作要点\n\n全年开展专题调研11次，组织视察6次。")]
    public void Counts_under_a_reviews_heading_naming_the_plan_followed_are_done(string text) =>
        Assert.NotEmpty(Counted(text));

    [Fact]
    public void Counts_listed_after_a_heading_of_plans_are_plans()
    {
        Assert.Empty(Counted("2024年主要工作安排：开展专题调研6次；组织委员视察4次；召开协商会3场。"));
        Assert.NotEmpty(Counted("2023年工作完成情况：开展专题调研6次；组织委员视察4次。"));
    }

    [Fact]
    public void Numbered_lines_under_a_line_of_plans_are_plans_and_a_review_before_it_counts()
    {
        Assert.Empty(Counted("2024年工作打算：\n\n1.开展专题调研8次。\n\n2.组织委员视察5次。"));
        var counted = Counted("一、2023年工作回顾\n\n县政协开展专题调研6次。\n\n二、2024年主要工作安排\n\n县政协将围绕中心工作履职。开展专题调研8次，组织委员视察5次。").ToList();
        Assert.Equal([6.0], counted.Select(a => (double)a["value"]));
    }

    [Fact]
    public void Issues_edited_are_counted_and_the_items_in_them_measure_them()
    {
        var counted = Counted("一年来，县政协共编发社情民意信息36期，报送信息52条。").ToList();
        Assert.Contains(counted, a => (string)a["kind"] == "编发" && (double)a["value"] == 36.0 && (string)a["object"] == "社情民意信息");
        Assert.DoesNotContain(Counted("县政协收到委员反映的社情民意40条，编发6期21条。"), a => (double)a["value"] == 21.0);
    }

    [Fact]
    public void Places_built_are_set_up_but_a_project_under_construction_is_not()
    {
        Assert.Contains(Counted("县政协累计建设委员工作室近80个。"), a => (string)a["kind"] == "建立" && (double)a["value"] == 80.0 && (string)a["object"] == "委员工作室");
        Assert.Empty(Counted("县政协助推重点项目建设12个。"));
    }

    [Fact]
    public void A_yearly_volume_of_a_practice_counts_but_a_rule_of_a_few_events_a_year_does_not()
    {
        Assert.Contains(Counted("县政协每年开展“微议事”活动120余次。"), a => (double)a["value"] == 120.0);
        Assert.Empty(Counted("县政协每年召开主席会议2次。"));
    }

    [Fact]
    public void Pairing_is_its_own_kind_and_pairing_to_help_is_help()
    {
        var counted = Counted("县政协委员与20家企业结对，与30户困难户结对帮扶。").ToList();
        Assert.Contains(counted, a => (string)a["kind"] == "结对" && (double)a["value"] == 20.0);
        Assert.Contains(counted, a => (string)a["kind"] == "帮扶" && (double)a["value"] == 30.0);
    }

    [Fact]
    public void Those_helped_are_counted_as_help_without_what_they_were_helped_to()
    {
        var helped = Assert.Single(Counted("县政协先后帮助15家企业解决融资难题。"));
        Assert.Equal("帮助", helped["kind"]);
        Assert.Equal("企业", helped["object"]);
    }

    [Fact]
    public void A_survey_at_the_grass_roots_is_named_after_where_it_went()
    {
        var survey = Assert.Single(Counted("县政协主席深入基层调研20余次。"));
        Assert.Equal("基层调研", survey["object"]);
    }
}
