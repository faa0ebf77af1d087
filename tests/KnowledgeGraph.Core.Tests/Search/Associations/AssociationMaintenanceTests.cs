using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Search;
using KnowledgeGraph.Core.Search.Associations;
using KnowledgeGraph.Core.Search.Topics;
using KnowledgeGraph.Core.Tests.Segmentation;

namespace KnowledgeGraph.Core.Tests.Search.Associations;

public class AssociationMaintenanceTests
{
    private static readonly Node Committee = new("committee:政协淮安市委员会", "Committee", "政协淮安市委员会");
    private static readonly Node Initiative = new("initiative:有事好商量", "Initiative", "有事好商量");
    private static readonly Node Place = new("place:江苏省/淮安市", "Place", "淮安市");

    // One passage per document; every document mentions the committee, and each one either the
    // initiative or the place, so the entities' pairs are counted unevenly.
    private static DocumentGraph Report(int i)
    {
        var other = i % 3 == 0 ? Place : Initiative;
        var passage = new Passage($"doc:{i:000}:s1:p1:t1", $"doc:{i:000}", $"doc:{i:000}:s1", $"第{i}次协商会议上，委员走访企业。", 0, 16)
        {
            EntityIds = [Committee.Id, other.Id],
        };
        return new DocumentGraph(new Node($"doc:{i:000}", "Document", $"报告{i}"), [Committee, other], [], [passage]);
    }

    private static (PassageIndex Index, AssociationMaintenance Maintenance) Open(string folder) =>
        (PassageIndex.Open(PassageIndex.FolderIn(folder), TestSegmenters.Cppcc),
         AssociationMaintenance.For(folder, new TopicWords(TestSegmenters.Cppcc, [])));

    [Fact]
    public void Entities_added_after_the_full_count_are_counted_once_as_a_full_count_would_count_them()
    {
        using var grown = new TempFolder();
        using var whole = new TempFolder();
        var (index, maintenance) = Open(grown.Path);
        using (index)
        {
            Add(index, 0, 20);
            Assert.Equal(AssociationRefreshKind.Recounted, maintenance.Refresh(index).Kind);

            // Two more documents: a tenth of the corpus, below the share that makes a recount.
            Add(index, 20, 2);
            var update = maintenance.Refresh(index);
            Assert.Equal((AssociationRefreshKind.Updated, 2), (update.Kind, update.Added));
            Assert.Equal(AssociationRefreshKind.Unchanged, maintenance.Refresh(index).Kind);
        }

        var (wholeIndex, wholeMaintenance) = Open(whole.Path);
        using (wholeIndex)
        {
            Add(wholeIndex, 0, 22);
            Assert.Equal(AssociationRefreshKind.Recounted, wholeMaintenance.Refresh(wholeIndex).Kind);
        }

        var entities = maintenance.Provider.LoadCounts().Entities!;
        var expected = wholeMaintenance.Provider.LoadCounts().Entities!;
        Assert.Equal(22, entities.Passages);
        Assert.Equal(22, entities.Counts[entities.IdOf(Committee.Id)]);
        Assert.Equal(Pairs(expected), Pairs(entities));
        Assert.False(entities.RemembersPassages);
    }

    [Fact]
    public void Words_and_entities_the_topic_refresh_kept_are_counted_as_the_stored_fields_would_be()
    {
        using var cached = new TempFolder();
        using var stored = new TempFolder();
        var topicWords = new TopicWords(TestSegmenters.Cppcc, []);
        var counts = new List<(List<(string, string, int)> Words, List<(string, string, int)> Entities)>();
        foreach (var (folder, useCache) in new[] { (cached, true), (stored, false) })
        {
            var (index, maintenance) = Open(folder.Path);
            using (index)
            {
                // More passages than are read at once, so that the counts cross chunks.
                Add(index, 0, 700);
                PassageWordCache? cut = null;
                if (useCache)
                {
                    cut = new PassageWordCache();
                    foreach (var i in Enumerable.Range(0, 700))
                    {
                        var passage = Report(i).Passages[0];
                        cut.Keep(passage.Id, topicWords.Of(passage.Text).ToArray());
                    }

                    // As the topic refresh reads the texts: the entity ids are kept from the same stored block.
                    var read = index.Search(searcher => IndexedPassages.Corpus(searcher.IndexReader, cut).Texts(_ => true).Count());
                    Assert.Equal(700, read);
                }

                Assert.Equal(AssociationRefreshKind.Recounted, maintenance.Refresh(index, cut).Kind);
                Assert.Equal(0, cut?.Count ?? 0);
            }

            var saved = maintenance.Provider.LoadCounts();
            Assert.Equal(700, saved.Words!.Passages);
            counts.Add((Pairs(saved.Words), Pairs(saved.Entities!)));
        }

        Assert.NotEmpty(counts[0].Words);
        Assert.Equal(counts[1].Words, counts[0].Words);
        Assert.Equal(counts[1].Entities, counts[0].Entities);
    }

    private static void Add(PassageIndex index, int first, int count)
    {
        foreach (var i in Enumerable.Range(first, count))
        {
            index.Stage(Report(i));
        }

        index.Commit();
    }

    private static List<(string, string, int)> Pairs(Cooccurrence counts) =>
        counts.Pairs().Select(p => (counts.Words[p.A], counts.Words[p.B], p.Count)).Order().ToList();
}
