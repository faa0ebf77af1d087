namespace KnowledgeGraph.Core.Tests.Extraction.Context;

// A notice the committee itself signs over its date (政协某市委员会 / 二OO九年二月十六日, the zero typed as a
// letter): the committee issued it, whatever committee its addressees name first. Sentences ours, the
// pattern the genre's.
public class SignedByCommitteeFormsTests
{
    private static string? Issuer(string text) =>
        TestExtraction.Read(text).Graph.Document.Properties.GetValueOrDefault("issuer") as string;

    [Fact]
    public void A_notice_signed_by_a_county_level_citys_committee_is_its_own_though_the_prefectures_members_come_first()
    {
        Assert.Equal("政协明光市委员会", Issuer(
            "各镇（街道）、各镇（街道）政协工作组、市直各单位、七届政协委员、住明光的滁州市政协委员：\n" +
            "经市政协七届三次常委会议研究决定，政协明光市第七届委员会第三次会议于2009年2月20日至22日在市区举行，会期三天。\n现将有关事项通知如下：\n" +
            "一、出席和列席会议人员\n出席会议人员：七届政协委员。\n列席会议人员：市直各单位主要负责人，住明光的滁州市政协委员。\n" +
            "二、委员报到时请将提案交大会报到处。\n特此通知\n政协明光市委员会\n二OO九年二月十六日\n"));
    }
}
