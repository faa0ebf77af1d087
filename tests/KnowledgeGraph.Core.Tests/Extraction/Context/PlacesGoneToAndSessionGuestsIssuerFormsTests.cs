namespace KnowledgeGraph.Core.Tests.Extraction.Context;

// A committee called only 县政协 takes its place from a rare short form, but not from a place its group goes to
// (赴某县考察, 前往某县、某县): that is a neighbour visited. And a committee's own session stays its story when the
// committee named after it is a guest from above or beside (某市政协副主席到会指导, 全国政协副主席出席), not one of
// its own divisions speaking there. Sentences ours, the patterns the genre's.
public class PlacesGoneToAndSessionGuestsIssuerFormsTests
{
    private static string? Issuer(string text) =>
        TestExtraction.Read(text).Graph.Document.Properties.GetValueOrDefault("issuer") as string;

    [Theory]
    [InlineData("县政协组织委员赴安吉考察学习\n4月10日，县政协主席王某某带领部分委员赴安吉考察美丽乡村建设。委员们表示，要认真学习借鉴先进经验。")]
    [InlineData("县政协组织委员外出考察\n4月10日，县政协主席王某某带领部分委员前往桐庐、淳安考察。随后委员们来到淳安千岛湖。")]
    [InlineData("4月10日，县政协主席王某某带领部分委员到武义考察温泉产业发展，县政协副主席李某某参加。")]
    public void A_county_the_group_goes_to_is_not_the_committee_s_place(string text)
    {
        Assert.Null(Issuer(text));
    }

    [Fact]
    public void Cities_and_provinces_a_city_committees_group_goes_to_give_it_no_place()
    {
        var text = "7月3日，市政协召开理论研讨会，市政协主席李某某出席会议。\n6月26日至7月2日，市政协副主席王某某率提案委有关同志，赴陕西省西安市及甘肃省天水市、张掖市考察全域旅游发展。\n7月4日，省政协副主席赵某到会指导。";
        var document = TestExtraction.Read(text).Graph.Document.Properties;
        Assert.Null(document.GetValueOrDefault("issuer"));
        Assert.Null(document.GetValueOrDefault("place"));
    }

    [Fact]
    public void A_county_a_city_committees_group_goes_to_still_gives_the_city()
    {
        Assert.Equal("政协湖州市委员会", Issuer("6月26日，市政协副主席王某某率队赴德清县调研美丽乡村建设，市政协委员李某某参加。"));
    }

    [Fact]
    public void The_own_county_s_short_form_counts_beside_the_one_gone_to()
    {
        Assert.Equal("政协德清县委员会", Issuer(
            "县政协组织委员赴安吉考察学习\n4月10日，县政协主席王某某带领部分委员赴安吉考察美丽乡村建设。委员们表示，要把学到的经验用于德清乡村振兴。"));
    }

    [Fact]
    public void A_visitor_coming_to_the_county_leaves_the_county_s_short_form_its_own()
    {
        Assert.Equal("政协宁蒗彝族自治县委员会", Issuer(
            "县政协陪同开展民族团结调研\n5月8日，县政协主席王某某陪同省政协调研组来到宁蒗，就民族团结进步示范创建开展调研。"));
    }

    [Fact]
    public void A_city_committee_s_guest_at_a_county_session_leaves_the_county_s_story()
    {
        Assert.Equal("政协德清县委员会", Issuer(
            "1月15日，在德清县政协十届四次会议闭幕会上，湖州市政协副主席王某某到会指导并讲话。"));
    }

    [Fact]
    public void A_national_guest_at_a_provincial_session_leaves_the_province_s_story()
    {
        Assert.Equal("政协浙江省委员会", Issuer(
            "1月15日，在浙江省政协十二届五次会议开幕会上，全国政协副主席王某某出席并讲话。"));
    }
}
