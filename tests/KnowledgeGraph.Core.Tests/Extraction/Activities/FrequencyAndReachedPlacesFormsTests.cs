namespace KnowledgeGraph.Core.Tests.Extraction.Activities;

// How often the committee did what the verbs after the count tell (先后3次深入企业开展调研), places reached told before the
// activity (深入12个镇开展调研; 深入12个镇25个村…，实地开展调查研究), totals told after a relative clause with a total's word
// before the verb (共督办的政协委员提案26件), and tallies that are no steps: numbers the 第 of a list's first item governs
// (第51次党组、31次主席会议), the part heading of a report on handled proposals, honours received. Sentences ours, the
// patterns those of committee news and proposal-work reports.
public class FrequencyAndReachedPlacesFormsTests
{
    private const string County = "临泽县政协工作综述\n2月18日，政协临泽县第九届委员会常务委员会工作报告回顾了一年来的工作。";

    private static List<(string Kind, double Value, string Unit, string? Object)> Counts(string text) => TestExtraction.CountsByValue(text);

    [Theory]
    [InlineData("今年，县政协先后3次深入企业开展调研。")]
    [InlineData("今年，县政协3次组织委员深入企业开展调研。")]
    public void A_count_of_times_before_the_verbs_counts_what_they_tell(string sentence)
    {
        var count = Assert.Single(Counts(County + sentence));
        Assert.Equal(("调研", 3.0, "次"), (count.Kind, count.Value, count.Unit));
    }

    [Theory]
    [InlineData("该委员先后2次获得表彰。")]
    [InlineData("县政协先后3次审议调研报告。")]
    [InlineData("县政协先后3次督促承办单位加快办理重点提案。")]
    [InlineData("明年，县政协将3次组织委员深入企业开展调研。")]
    [InlineData("县长先后3次深入企业开展调研。")]
    public void Times_of_honours_outputs_others_handling_plans_and_other_actors_are_no_steps(string sentence)
    {
        Assert.Empty(Counts(County + sentence));
    }

    [Fact]
    public void Places_reached_before_the_activity_word_are_counted_as_that_activity()
    {
        var count = Assert.Single(Counts(County + "委员们深入12个镇开展调研。"));
        Assert.Equal(("调研", 12.0, "个"), (count.Kind, count.Value, count.Unit));
    }

    [Theory]
    [InlineData("县政协深入12个镇街宣讲调研成果。")]
    [InlineData("县政协深入12个镇宣讲全会精神，要求各镇加强调查研究。")]
    public void Places_reached_for_a_survey_s_output_or_others_surveys_are_no_survey(string sentence)
    {
        Assert.Empty(Counts(County + sentence));
    }

    [Fact]
    public void Places_reached_in_a_chain_of_counts_before_the_survey_s_clause_are_each_counted()
    {
        var counts = Counts(County + "县政协联合有关部门深入12个镇25个村58个单位、企业、项目现场，实地开展调查研究。");

        Assert.Equal([("调研", 12.0, "个"), ("调研", 25.0, "个"), ("调研", 58.0, "个")], counts.Select(c => (c.Kind, c.Value, c.Unit)));
    }

    [Theory]
    [InlineData("2025年，县政协共督办的政协委员提案26件。")]
    [InlineData("2025年，县政协累计督办的政协委员提案26件。")]
    public void A_total_told_after_a_relative_clause_with_a_total_s_word_before_the_verb_is_counted(string sentence)
    {
        Assert.Equal([("督办", 26.0, "件", "政协委员提案")], Counts(County + sentence));
    }

    [Theory]
    [InlineData("县政协共收到的提案中，有12件涉及教育。")]
    [InlineData("其中，中共党员委员提交的提案45件，占总数的20%。")]
    [InlineData("从提案者看，中共党员委员提交的提案45件，民主党派提交的提案60件。")]
    [InlineData("公共卫生领域提交的提案12件。")]
    [InlineData("与会委员共同提出的建议10条。")]
    [InlineData("累计督办的提案已办结18件。")]
    public void Parts_later_steps_and_a_共_inside_a_word_are_no_total(string sentence)
    {
        Assert.Empty(Counts(County + sentence));
    }

    [Fact]
    public void Numbers_the_first_item_s_第_governs_are_no_counts()
    {
        Assert.Empty(Counts(County + "县政协主席主持召开县政协第51次党组、31次主席会议。"));
    }

    [Fact]
    public void Meetings_counted_after_a_numbered_meeting_are_counted()
    {
        Assert.Contains(Counts(County + "全年召开第十四次常委会议、5次主席会议。"), c => c.Value == 5.0 && c.Unit == "次");
    }

    [Theory]
    [InlineData("（一）已完成或基本完成的提案（20件）")]
    [InlineData("(一)已完成或基本完成的提案(20件)")]
    public void A_report_s_part_heading_on_handled_proposals_is_no_step(string heading)
    {
        Assert.Empty(Counts(County + "\n" + heading + "\n1.第1号《关于推动瓜菜产业发展的提案》，已按计划推进。"));
    }
}
