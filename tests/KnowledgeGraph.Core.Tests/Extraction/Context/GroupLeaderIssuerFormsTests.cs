namespace KnowledgeGraph.Core.Tests.Extraction.Context;

// A committee's officer named with the committee in full and leading a group (某市政协副主席某某带领调研组到某县…)
// makes that committee the one acting; these are the forms where the officer leads a group but another committee's
// story is told: the group attends another's meeting, is received by it, arrives on the host's page, follows
// another committee already acting with its officer, or 率 is the start of 率先. Sentences ours, the forms the genre's.
public class GroupLeaderIssuerFormsTests
{
    private static string? Issuer(string text) =>
        TestExtraction.Read(text).Graph.Document.Properties.GetValueOrDefault("issuer") as string;

    [Fact]
    public void A_group_led_to_attend_a_county_meeting_leaves_the_county_the_issuer()
    {
        Assert.Equal("政协黎城县委员会", Issuer(
            "4月18日，长治市政协副主席王某某带队参加黎城县政协召开的委员履职能力提升培训会。\n" +
            "县政协主席李某某主持会议，黎城县政协各专委会负责人作了交流发言。"));
    }

    [Fact]
    public void A_delegation_received_by_a_committee_leaves_the_host_the_issuer()
    {
        Assert.Equal("政协临汾市委员会", Issuer(
            "10月15日，临汾市政协主席赵某某会见了由河南省政协副主席孙某某率领的考察团一行。\n" +
            "双方就文旅融合发展进行了座谈交流，赵某某表示，临汾市政协愿与河南方面加强沟通。"));
    }

    [Fact]
    public void A_group_joining_a_forum_another_committee_holds_leaves_that_committee_the_issuer()
    {
        Assert.Equal("政协黎城县委员会", Issuer(
            "8月6日，黎城县政协主席李某某主持召开委员工作室建设座谈会，长治市政协副主席王某某率调研组到会。\n" +
            "李某某汇报了有关情况，黎城县政协将推动委员工作室提质增效。"));
    }

    [Fact]
    public void A_group_led_into_the_hosts_county_leaves_the_host_the_issuer()
    {
        Assert.Equal("政协黎城县委员会", Issuer(
            "6月12日，长治市政协副主席王某某带领调研组深入我县乡镇，调研黎城县基层协商工作。县政协主席李某某陪同调研。\n" +
            "调研组一行听取了黎城县政协工作汇报。"));
    }

    [Theory]
    [InlineData("王某某率先发言")]
    [InlineData("王某率先垂范")]
    public void An_officer_who_goes_first_leads_no_group(string officer)
    {
        Assert.Equal("政协黎城县委员会", Issuer(
            $"座谈会上，长治市政协副主席{officer}，介绍了经验做法。\n" +
            "黎城县政协主席李某某主持会议，黎城县政协将把调研成果转化为协商建议。"));
    }
}
