using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Search;
using KnowledgeGraph.Core.Tests.Segmentation;

namespace KnowledgeGraph.Core.Tests.Search;

public class IndexedPassagesTests
{
    private static readonly Node Committee = new("committee:政协盐城市委员会", "Committee", "政协盐城市委员会");

    // Passages of a few hundred characters' worth each, many to a compressed block; every third
    // one names the committee.
    private static DocumentGraph Report(int i)
    {
        var text = Text(i);
        var passage = new Passage($"doc:{i:000}:s1:p1:t1", $"doc:{i:000}", $"doc:{i:000}:s1", text, 0, text.Length)
        {
            EntityIds = i % 3 == 0 ? [Committee.Id] : [],
        };
        return new DocumentGraph(new Node($"doc:{i:000}", "Document", $"报告{i}"), i % 3 == 0 ? [Committee] : [], [], [passage]);
    }

    private static string Text(int i) => $"第{i}条：市政协组织委员走访民营企业{i % 17 + 1}家，收集意见建议{i % 5 + 2}条，形成调研报告。";

    [Fact]
    public void Stored_fields_read_a_chunk_at_a_time_through_file_reads_are_those_read_one_by_one()
    {
        using var folder = new TempFolder();
        using var index = PassageIndex.Open(PassageIndex.FolderIn(folder.Path), TestSegmenters.Cppcc, mapFiles: false);
        foreach (var i in Enumerable.Range(0, 700))
        {
            index.Stage(Report(i));
        }

        index.Commit();
        var (oneByOne, chunked, withEntities) = index.Search(searcher =>
        {
            var reader = searcher.IndexReader;
            var fields = new HashSet<string> { PassageFields.Id, PassageFields.Text };
            var docs = Enumerable.Range(0, reader.MaxDoc).Reverse().ToList();
            var single = docs.Select(d => reader.Document(d, fields)).Select(d => (d.Get(PassageFields.Id), d.Get(PassageFields.Text))).ToList();
            var read = IndexedPassages.ReadStored(reader, docs, fields).Select(d => (d.Get(PassageFields.Id), d.Get(PassageFields.Text))).ToList();
            var ids = IndexedPassages.IdsByDocument(reader);
            var named = IndexedPassages.DocumentsWith(reader, PassageFields.EntityIds);
            return (single, read, Enumerable.Range(0, reader.MaxDoc).Where(d => named[d]).Select(d => ids[d]!).Order(StringComparer.Ordinal).ToList());
        });

        Assert.Equal(700, chunked.Count);
        Assert.Equal(oneByOne, chunked);
        Assert.Equal(Text(5), chunked.Single(p => p.Item1 == "doc:005:s1:p1:t1").Item2);
        Assert.Equal(Enumerable.Range(0, 700).Where(i => i % 3 == 0).Select(i => $"doc:{i:000}:s1:p1:t1").ToList(), withEntities);
    }
}
