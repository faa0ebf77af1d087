using KnowledgeGraph.Core.Extraction.Reading;
using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Core.Tests.Extraction.Reading;

// Evidence kept once per place, in the order first seen, whether compared by scanning or by a set;
// sentences written for these tests.
public class DistinctEvidenceTests
{
    private static Evidence At(int start, string text = "县政协召开常委会议。") => new("doc:1", "doc:1#p1", start, start + 3, text);

    [Fact]
    public void The_same_place_is_kept_once_whatever_its_text()
    {
        var evidence = new DistinctEvidence();

        Assert.True(evidence.Add(At(0)));
        Assert.True(evidence.Add(At(5)));
        Assert.False(evidence.Add(At(0, "另一种写法的句子。")));

        Assert.Equal([0, 5], evidence.Items.Select(e => e.Start));
    }

    [Fact]
    public void A_long_list_keeps_its_order_and_refuses_repeats_past_the_scan()
    {
        var evidence = new DistinctEvidence();
        for (var i = 0; i < 20; i++)
        {
            Assert.True(evidence.Add(At(i * 10)));
        }

        for (var i = 0; i < 20; i++)
        {
            Assert.False(evidence.Add(At(i * 10)));
        }

        Assert.True(evidence.Add(At(7)));
        Assert.Equal(Enumerable.Range(0, 20).Select(i => i * 10).Append(7), evidence.Items.Select(e => e.Start));
    }

    [Fact]
    public void Another_passage_is_another_place()
    {
        var evidence = new DistinctEvidence();

        Assert.True(evidence.Add(At(0)));
        Assert.True(evidence.Add(At(0) with { PassageId = "doc:1#p2" }));
        Assert.Equal(2, evidence.Items.Count);
    }
}
