namespace KnowledgeGraph.Core.Tests.Extraction.Context;

// Several leaders' titles in a list (市委书记某、市长某、市政协主席某) are not one person's titles, so the
// committee among them does not issue a story about all of them; one person's titles in a row
// (召集人、市政协主席) still are. Sentences written for these tests.
public class LeadersListIssuerTests
{
    private static object? Issuer(string text) => TestExtraction.Read(text).Graph.Document.Properties.GetValueOrDefault("issuer");

    [Fact]
    public void A_chair_listed_after_other_leaders_names_does_not_issue_their_story()
    {
        Assert.Null(Issuer("""
            市领导调研重点项目建设
            近日，浏阳市委书记王建国、市长李卫东、市政协主席张海涛一同调研重点项目建设情况。
            """));
    }
}
