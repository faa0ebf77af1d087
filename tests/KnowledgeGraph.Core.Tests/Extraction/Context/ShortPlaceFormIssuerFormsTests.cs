namespace KnowledgeGraph.Core.Tests.Extraction.Context;

// A committee the text calls only 县政协 (区政协, 市政协) and a place it names only by its short form
// (为谱写某某新篇章, 某某经济社会发展): the short form, rare as a word and read there in its own context, is the
// committee's place. Prose (江山), a nickname in quotes and committees relayed in a list are not. And a member's
// seat (全国政协委员、) before the office a person holds is not the story's committee. Sentences ours, the
// patterns the genre's.
public class ShortPlaceFormIssuerFormsTests
{
    private static string? Issuer(string text) =>
        TestExtraction.Read(text).Graph.Document.Properties.GetValueOrDefault("issuer") as string;

    [Fact]
    public void A_county_named_only_by_its_short_form_gives_the_county_committee()
    {
        Assert.Equal("政协宁蒗彝族自治县委员会", Issuer(
            "县政协主席王某某，副主席李某某出席会议。县政协副主席赵某某主持会议。\n" +
            "会议要求，全体委员要认真践行全国政协、省政协、市政协工作会议精神，为谱写宁蒗新篇章贡献政协力量。"));
    }

    [Fact]
    public void A_district_named_only_by_its_short_form_gives_the_district_committee()
    {
        Assert.Equal("政协南京市江宁区委员会", Issuer(
            "今天上午，区政协召开年度工作总结会议，各民主党派负责人座谈交流。区政协主席王某某参加会议。\n" +
            "今年以来，各专委会紧紧围绕江宁经济社会发展中的重要问题，主动参政议政。"));
    }

    [Fact]
    public void A_county_level_city_named_only_by_its_short_form_gives_its_committee()
    {
        Assert.Equal("政协义乌市委员会", Issuer(
            "本报讯（记者 王某/文 李某/图）3月2日下午，出席市政协十六届三次会议的委员们开展会前集中视察。市政协主席王某某参加活动。\n" +
            "委员们先后前往国际商贸城视察，表示将为义乌经济社会高质量发展贡献智慧。"));
    }

    [Theory]
    [InlineData("市政协召开主席会议\n3月2日，市政协召开主席会议。市政协主席王某某主持会议。会议要求，要守护好红色江山，传承红色基因。")]
    [InlineData("区政协组织委员视察\n3月2日，区政协组织委员视察新区建设。区政协主席王某某参加视察，要求为打造“滨城”献计献策。")]
    public void Prose_and_a_quoted_nickname_name_no_committee(string text)
    {
        Assert.Null(Issuer(text));
    }

    [Fact]
    public void A_national_members_seat_before_a_county_office_leaves_the_county()
    {
        Assert.Equal("政协泾县委员会", Issuer(
            "近日，全国政协委员、县政协主席王某某深入乡镇，就宣纸产业发展开展调研。泾县宣纸产业园负责人陪同。"));
    }

    [Fact]
    public void A_national_member_holding_no_committee_office_keeps_the_national_committee()
    {
        Assert.Equal("中国人民政治协商会议全国委员会", Issuer(
            "全国政协委员、某某集团董事长王某某在全国政协十四届二次会议上提交提案，建议加快宣纸非遗保护。"));
    }
}
