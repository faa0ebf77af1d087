namespace KnowledgeGraph.Core.Tests.Extraction.Context;

// A democratic party's committee leading the work a story opens with (sentences ours, patterns the genre's):
// the story is that committee's, even when the work is meant for the CPPCC committee's session.
public class PartyLedStoryIssuerFormsTests
{
    private static string? Issuer(string text) =>
        TestExtraction.Read(text).Graph.Document.Properties.GetValueOrDefault("issuer") as string;

    [Fact]
    public void A_party_city_committees_chair_leading_research_for_the_session_issues_the_story()
    {
        Assert.Equal("九三学社四平市委员会", Issuer("11月5日，九三学社四平市委主委李某某率调研组赴开发区调研企业用工情况。此次调研旨在为即将召开的市政协全会准备提案，为我市营商环境建言献策。"));
    }

    [Fact]
    public void A_party_committee_named_with_its_full_place_and_organising_issues_the_story()
    {
        Assert.Equal("中国民主同盟吉林市委员会", Issuer("近日，民盟吉林市委组织盟员走访社区，了解老年人助餐需求。盟员们表示，将把收集的意见写入提交市政协的提案。"));
    }

    [Fact]
    public void A_party_chair_named_only_as_a_committee_members_title_leaves_the_story_to_the_committee()
    {
        Assert.Equal("政协四平市委员会", Issuer("11月5日，四平市政协副主席、九三学社四平市委主委李某某率调研组赴开发区调研。"));
    }

    [Fact]
    public void A_party_committee_mentioned_later_in_the_first_sentence_does_not_take_the_story()
    {
        Assert.Equal("政协四平市委员会", Issuer("11月5日，四平市政协召开座谈会，九三学社四平市委主委李某某率调研组参加并发言。"));
    }

    [Fact]
    public void A_party_visiting_the_committee_under_the_committees_headline_leaves_the_story_to_the_committee()
    {
        Assert.Equal("政协四平市委员会", Issuer("政协四平市委员会工作动态\n民进市委来我会座谈交流\n近日，民进四平市委主委赵某某一行走进市政协机关，就参政议政工作座谈交流。"));
    }

    [Fact]
    public void A_party_going_to_the_committee_to_report_leaves_the_story_to_the_committee()
    {
        Assert.Equal("政协四平市委员会", Issuer("近日，民建四平市委赴市政协汇报年度履职情况，市政协副主席钱某某主持座谈。"));
    }

    [Fact]
    public void A_party_committees_officers_attending_the_committees_meeting_issue_the_story()
    {
        Assert.Equal("中国民主促进会四平市委员会", Issuer("4月8日，民进四平市委王某某等2名副主委应邀参加了四平市政协组织的民主党派座谈会。座谈会由市政协主席主持，各党派汇报了参政议政情况。"));
    }

    [Fact]
    public void A_party_chair_attending_the_committees_session_issues_the_story()
    {
        Assert.Equal("九三学社四平市委员会", Issuer("1月10日，九三学社四平市委主委李某某出席四平市政协九届三次会议开幕式，并代表九三学社作大会发言。"));
    }

    [Fact]
    public void A_party_attending_named_after_the_committees_meeting_leaves_the_story_to_the_committee()
    {
        Assert.Equal("政协四平市委员会", Issuer("4月8日，四平市政协召开民主党派座谈会，民进四平市委王某某等2名副主委应邀参加。"));
    }
}
