namespace KnowledgeGraph.Core.Tests.Extraction.Activities;

// Proposal reports' figures that count no step of their own (a subject's share of the total, the parts 包括 lists, what
// was not filed or is left to handle, a committee's make-up, a topic named by a number) beside the counts that stay, and counts listed one after another, each with its
// own noun. Sentences written for these tests; the forms are the genre's.
public class ProposalBreakdownAndListFormsTests
{
    private const string City = "政协汉中市委员会\n\n";

    private static IReadOnlyList<KnowledgeGraph.Core.Graph.Node> Counted(string text) =>
        [.. TestExtraction.Read(City + text).Graph.OfLabel("Activity").Where(a => a.Properties.ContainsKey("value"))];

    private static double[] Figures(string text) => [.. Counted(text).Select(a => Convert.ToDouble(a.Properties["value"], System.Globalization.CultureInfo.InvariantCulture)).Order()];

    [Fact]
    public void A_subjects_share_after_a_list_mark_is_a_part_of_the_total()
    {
        Assert.Equal([213.0], Figures("委员共提交提案213件。委员围绕教育、养老等民生领域提出提案87件、占比41%；围绕特色产业等经济领域提出提案60件、占比28%。"));
    }

    [Fact]
    public void The_parts_listed_after_including_are_no_counts_of_their_own()
    {
        Assert.Equal([90.0, 92.0], Figures("大会提案组共收到提案92件，经审查，初步立案90件，包括委员个人和联名提案87件，党派团体、专委会提案3件。"));
    }

    [Fact]
    public void What_was_not_filed_and_what_was_withdrawn_are_no_counts()
    {
        Assert.Equal([482.0, 506.0], Figures("共收到提案506件，经审查立案482件，未予立案21件，撤案3件，立案率为95.3%。"));
    }

    [Fact]
    public void What_a_committee_is_made_of_is_no_count()
    {
        Assert.Empty(Counted("第八届委员会由30个界别组成，其中民主党派7个。"));
    }

    [Fact]
    public void Counts_listed_after_one_verb_each_keep_their_own_noun()
    {
        var objects = Counted("六名委员在深入调研的基础上，提交了16篇提案、2篇大会发言和2篇社情民意。")
            .ToDictionary(a => Convert.ToDouble(a.Properties["value"], System.Globalization.CultureInfo.InvariantCulture) + ":" + a.Properties.GetValueOrDefault("object"), a => a);

        Assert.Equal(["16:提案", "2:大会发言", "2:社情民意"], objects.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void What_is_left_to_handle_or_cannot_be_handled_is_no_count()
    {
        Assert.Equal([38.0], Figures("大会期间经审查立案38件。截至目前，提案办结31件，需跨年度办理6件，无法办理1件，办结率81.6%。"));
    }

    [Theory]
    [InlineData("市政协聚焦企业发展需求，协调办理提案25件。", 25.0)]
    [InlineData("市政协依托委员接待日办理群众诉求45件。", 45.0)]
    public void A_need_or_a_reception_day_before_handling_leaves_the_count(string sentence, double figure)
    {
        Assert.Equal([figure], Figures(sentence));
    }

    [Theory]
    [InlineData("共收到提案120件，内容包括乡村振兴、教育医疗等方面，经审查立案110件。", new[] { 110.0, 120.0 })]
    [InlineData("共收到提案92件，包括委员提案87件、团体提案5件，经审查立案85件。", new[] { 85.0, 92.0 })]
    public void Including_ends_at_the_next_step_and_names_no_part_without_a_count(string sentence, double[] figures)
    {
        Assert.Equal(figures, Figures(sentence));
    }

    [Fact]
    public void A_figure_naming_an_item_of_what_a_clause_is_about_is_no_count()
    {
        Assert.Equal([3.0], Figures("今年市政协组织委员开展集中视察3次，各视察分团围绕重点项目建设、十件民生实事、乡村振兴战略实施进行视察。"));
    }

    [Fact]
    public void A_count_listed_after_another_in_a_clause_about_a_topic_stays()
    {
        Assert.Contains(3.0, Figures("市政协围绕乡村振兴开展专题调研5次、协商座谈3场。"));
    }

    [Theory]
    [InlineData("市政协开展专题学习12次、和美乡村建设调研3次。", "和美乡村建设调研")]
    [InlineData("市政协收集意见建议20条、及时转办群众诉求15件。", "及时转办群众诉求")]
    public void And_inside_a_word_is_no_list_mark(string sentence, string secondObject)
    {
        Assert.Contains(Counted(sentence), a => a.Properties.GetValueOrDefault("object") as string == secondObject);
    }

    [Theory]
    [InlineData("界别组全年累计组织、参与各类会议活动十余次。", "参与", "会议")]
    [InlineData("委员们收集、整理群众意见建议30余条。", "整理", "群众意见建议")]
    public void A_second_verb_joined_to_the_counting_one_is_not_what_is_counted(string sentence, string verb, string thing)
    {
        var objectText = Assert.IsType<string>(Assert.Single(Counted(sentence)).Properties.GetValueOrDefault("object"));
        Assert.DoesNotContain(verb, objectText, StringComparison.Ordinal);
        Assert.Contains(thing, objectText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("市政协提案委员会共收到提案329件，立案312件，并案、撤案12件，未立案5件。", new[] { 312.0, 329.0 })]
    [InlineData("一年来共收到提案364件，经审查立案233件，立案提案交由56家市直部门及相关单位办理。", new[] { 233.0, 364.0 })]
    [InlineData("市政协十二届四次会议以来，共收到提案420件，经审查后立案263件，转作建议157件。", new[] { 263.0, 420.0 })]
    public void Proposals_merged_withdrawn_or_the_bodies_they_went_to_are_no_counts(string sentence, double[] figures)
    {
        Assert.Equal(figures, Figures(sentence));
    }

    [Theory]
    [InlineData("“两会”期间，市委会提交了《关于发展山区公共服务的建议》《关于做强中药材产业的建议》等5件集体提案。", "集体提案")]
    [InlineData("市政协从各地报送的信息中遴选出具有代表性的社情民意信息30篇。", "具有代表性的社情民意信息")]
    [InlineData("2022年以来，市政协开办“政协讲堂”58次，推出节目116期。", "政协讲堂")]
    [InlineData("2025年，通化市政协遴选出12件重点提案，由市领导领衔督办。", "重点提案")]
    public void What_is_counted_is_the_whole_noun_and_not_the_verbs_complement_or_its_subject(string sentence, string expected)
    {
        Assert.Contains(Counted(sentence), a => a.Properties.GetValueOrDefault("object") as string == expected);
    }

    [Theory]
    [InlineData("回顾过去一年，市政协聚焦打造“产业突围、城市更新、文旅赋能”三项重点工作，回应民生关切。")]
    [InlineData("市政协常委会以“全面创优年”为抓手，突出抓好协商资政、凝聚共识、为民服务和自身建设4项重点。")]
    [InlineData("各委员小组则必须至少完成2个课题。")]
    [InlineData("组织相关界别的政协委员参加调研视察，参加活动委员500多人次。")]
    [InlineData("县政协组织委员开展调研，随后召开乡镇政协委员工作联络三组联席会。")]
    public void Priorities_named_by_a_number_a_requirement_members_taking_part_and_a_groups_name_are_no_counts(string sentence)
    {
        Assert.Empty(Counted(sentence));
    }

    [Fact]
    public void Key_inspections_counted_by_item_are_counts_not_priorities()
    {
        Assert.Equal([5.0, 5.0], Figures("一年来，市政协开展了12个重点协商，组织了5项重点调研、5项重点视察。").Where(f => f == 5.0));
    }

    [Theory]
    [InlineData("一年来，市政协完成市委交办的8项任务。", 8.0)]
    [InlineData("一年来，市政协协商议政活动20次。", 20.0)]
    public void Work_done_and_a_committees_own_activity_stay_counted(string sentence, double figure)
    {
        Assert.Equal([figure], Figures(sentence));
    }
}
