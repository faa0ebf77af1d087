using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Search;
using KnowledgeGraph.Core.Search.Semantic;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Core.Tests.Search.Semantic;

public class QueryLinkingTests
{
    // A county report whose party committee is called 县委 in its text, as every county's is.
    private static DocumentGraph CountyReport(int county)
    {
        var documentId = $"doc:county{county}";
        var body = new Node($"body:中共第{county}县委员会", "Body", $"中共第{county}县委员会") { Aliases = ["县委"] };
        // Only the first county has its own initiative.
        var initiative = new Node("initiative:乡村夜话", "Initiative", "乡村夜话");
        var nodes = county == 1 ? new[] { body, initiative } : [body];
        var passage = new Passage($"{documentId}:s1:p1:t1", documentId, $"{documentId}:s1", "县委召开常委会议，听取县政协开展乡村夜话协商活动的情况汇报。", 0, 30)
        {
            EntityIds = [.. nodes.Select(n => n.Id)],
        };
        return new DocumentGraph(new Node(documentId, "Document", "工作报告"), nodes, [], [passage]);
    }

    [Fact]
    public async Task A_name_that_every_county_committee_bears_links_none_of_them_while_a_name_of_one_entity_still_links()
    {
        using var folder = new TempFolder();
        await using var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().Build())
            .AddKnowledgeGraph(folder.Path)
            .BuildServiceProvider();
        var index = services.GetRequiredService<PassageIndex>();
        var understanding = services.GetRequiredService<QueryUnderstanding>();
        for (var county = 1; county <= QueryUnderstanding.MaxLinkedPerName; county++)
        {
            index.ReplaceDocument(CountyReport(county));
        }

        // As many bodies as may be linked: each is.
        var few = await understanding.UnderstandAsync("县委常委会议");
        Assert.Equal(QueryUnderstanding.MaxLinkedPerName, few.Entities.Count(e => e.Type == "Body" && e.Matched == "县委"));
        Assert.Contains(few.Entities, e => e is { Id: "body:中共第3县委员会", Name: "中共第3县委员会" });

        // One more county: the name says no longer which committee it means.
        index.ReplaceDocument(CountyReport(QueryUnderstanding.MaxLinkedPerName + 1));
        var many = await understanding.UnderstandAsync("县委常委会议");
        Assert.DoesNotContain(many.Entities, e => e.Matched == "县委");
        Assert.Contains(many.Concepts, c => c.Text == "县委");

        var one = await understanding.UnderstandAsync("乡村夜话");
        var linked = Assert.Single(one.Entities);
        Assert.Equal(("initiative:乡村夜话", "Initiative", "乡村夜话"), (linked.Id, linked.Type, linked.Name));
    }
}
