using KnowledgeGraph.Core.Analysis;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Search;
using KnowledgeGraph.Core.Segmentation;
using KnowledgeGraph.Core.Tests.Segmentation;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace KnowledgeGraph.Core.Tests.Search;

public class PassageIndexTests
{
    private static DocumentGraph Report(string documentId, params string[] sentences)
    {
        var committee = new Node("committee:政协淮安市委员会", "Committee", "政协淮安市委员会");
        var passages = sentences.Select((text, i) => new Passage($"{documentId}:s1:p1:t{i + 1}", documentId, $"{documentId}:s1", text, i * 100, i * 100 + text.Length)
        {
            Committee = "政协淮安市委员会",
            City = "淮安市",
            Province = "江苏省",
            Year = 2023,
            EntityIds = [committee.Id],
        }).ToList();
        return new DocumentGraph(new Node(documentId, "Document", "工作报告"), [committee], [], passages);
    }

    private static List<string> Search(string folder, string field, string query)
    {
        using var directory = FSDirectory.Open(folder);
        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader);
        using var analyzer = field == PassageFields.Words
            ? (Lucene.Net.Analysis.Analyzer)new JiebaAnalyzer(TestSegmenters.Cppcc, SegmentMode.Default)
            : new CjkBigramAnalyzer();
        var parsed = new QueryParser(LuceneVersion.LUCENE_48, field, analyzer) { DefaultOperator = Operator.AND }.Parse(query);
        return searcher.Search(parsed, 10).ScoreDocs.Select(d => searcher.Doc(d.Doc).Get(PassageFields.Text)).ToList();
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_documents_passages_are_searchable_by_words_and_by_bigrams_whether_its_files_are_mapped_or_read(bool mapFiles)
    {
        using var folder = new TempFolder();
        using (var index = PassageIndex.Open(folder.Path, TestSegmenters.Cppcc, mapFiles))
        {
            index.ReplaceDocument(Report("doc:a", "全年走访民营企业603家，收集意见建议1648条。", "召开专题协商会议。"));
        }

        Assert.Equal(["全年走访民营企业603家，收集意见建议1648条。"], Search(folder.Path, PassageFields.Words, "民营 企业"));
        Assert.Equal(["全年走访民营企业603家，收集意见建议1648条。"], Search(folder.Path, PassageFields.Words, "民营企业"));
        Assert.Equal(["召开专题协商会议。"], Search(folder.Path, PassageFields.Bigrams, "协商会"));
    }

    [Fact]
    public void An_index_whose_first_commit_was_cut_short_opens_empty_and_takes_passages()
    {
        using var folder = new TempFolder();
        var indexFolder = PassageIndex.FolderIn(folder.Path);
        using (PassageIndex.Open(indexFolder, TestSegmenters.Cppcc))
        {
        }

        // As a process killed while writing its first commit leaves it: the segments file cut short.
        var segments = System.IO.Directory.GetFiles(indexFolder, "segments_*").Single();
        var bytes = File.ReadAllBytes(segments);
        File.WriteAllBytes(segments, bytes[..(bytes.Length / 2)]);
        File.Delete(Path.Combine(indexFolder, "segments.gen"));

        using var index = PassageIndex.Open(indexFolder, TestSegmenters.Cppcc);
        Assert.Equal(0, index.Count());
        index.Stage(Report("doc:a", "市政协组织委员走访民营企业。"));
        index.Commit();
        Assert.Equal(1, index.Count());
    }

    [Fact]
    public void An_index_with_passages_is_never_made_anew_for_a_commit_it_cannot_read()
    {
        using var folder = new TempFolder();
        var indexFolder = PassageIndex.FolderIn(folder.Path);
        using (var index = PassageIndex.Open(indexFolder, TestSegmenters.Cppcc))
        {
            index.Stage(Report("doc:a", "市政协组织委员走访民营企业。"));
            index.Commit();
        }

        foreach (var segments in System.IO.Directory.GetFiles(indexFolder, "segments_*"))
        {
            File.WriteAllBytes(segments, File.ReadAllBytes(segments)[..8]);
        }

        // Its segment files stay where they are for a person (or Lucene's CheckIndex) to recover.
        var before = System.IO.Directory.GetFiles(indexFolder).Where(f => !Path.GetFileName(f).StartsWith("segments", StringComparison.Ordinal)).Order().ToList();
        Assert.ThrowsAny<IOException>(() => PassageIndex.Open(indexFolder, TestSegmenters.Cppcc).Dispose());
        Assert.Equal(before, System.IO.Directory.GetFiles(indexFolder).Where(f => !Path.GetFileName(f).StartsWith("segments", StringComparison.Ordinal)).Order().ToList());
    }

    [Fact]
    public void Replacing_a_document_replaces_its_passages_and_leaves_other_documents_alone()
    {
        using var folder = new TempFolder();
        using var index = PassageIndex.Open(folder.Path, TestSegmenters.Cppcc);
        index.ReplaceDocument(Report("doc:a", "一", "二", "三"));
        index.ReplaceDocument(Report("doc:b", "四"));

        index.ReplaceDocument(Report("doc:a", "五"));

        Assert.Equal(2, index.Count());
        Assert.Equal(new HashSet<string> { "doc:a", "doc:b" }, index.DocumentIds());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_deleted_document_is_gone_after_reopening_the_other_way(bool writtenMapped)
    {
        using var folder = new TempFolder();
        using (var index = PassageIndex.Open(folder.Path, TestSegmenters.Cppcc, mapFiles: writtenMapped))
        {
            index.ReplaceDocument(Report("doc:a", "政协委员"));
            index.ReplaceDocument(Report("doc:b", "社情民意"));
            index.DeleteDocument("doc:a");
        }

        using var reopened = PassageIndex.Open(folder.Path, TestSegmenters.Cppcc, mapFiles: !writtenMapped);
        Assert.Equal(new HashSet<string> { "doc:b" }, reopened.DocumentIds());
        Assert.Equal(1, reopened.Count());
    }

    [Fact]
    public void Stored_fields_carry_the_passages_place_year_and_entities()
    {
        using var folder = new TempFolder();
        using (var index = PassageIndex.Open(folder.Path, TestSegmenters.Cppcc))
        {
            index.ReplaceDocument(Report("doc:a", "市政协开展民主监督。"));
        }

        using var directory = FSDirectory.Open(folder.Path);
        using var reader = DirectoryReader.Open(directory);
        var stored = reader.Document(0);
        Assert.Equal("doc:a:s1:p1:t1", stored.Get(PassageFields.Id));
        Assert.Equal("淮安市", stored.Get(PassageFields.City));
        Assert.Equal("江苏省", stored.Get(PassageFields.Province));
        Assert.Equal(2023, stored.GetField(PassageFields.Year).GetInt32Value());
        // The id is stored once, in the entity's pack; it stays indexed for filters.
        Assert.Equal(["committee:政协淮安市委员会"], PassageEntity.IdsOf(stored));
        Assert.Null(stored.Get(PassageFields.EntityIds));
        Assert.Equal(1, reader.DocFreq(new Term(PassageFields.EntityIds, "committee:政协淮安市委员会")));
        // Labels are read from their doc values (facets) and terms (filters), not stored.
        Assert.Null(stored.Get(PassageFields.EntityTypes));
        var labels = MultiDocValues.GetSortedSetValues(reader, PassageFields.EntityTypes);
        labels.SetDocument(0);
        var label = new BytesRef();
        labels.LookupOrd(labels.NextOrd(), label);
        Assert.Equal("Committee", label.Utf8ToString());
        Assert.Equal(1, reader.DocFreq(new Term(PassageFields.EntityTypes, "Committee")));
        Assert.Equal((0, 10), (stored.GetField(PassageFields.Start).GetInt32Value(), stored.GetField(PassageFields.End).GetInt32Value()));
    }

    [Fact]
    public void A_mentioned_id_without_a_node_is_stored_alone_and_read_after_the_packed_ones()
    {
        using var folder = new TempFolder();
        var report = Report("doc:a", "市政协开展民主监督。");
        var passage = report.Passages[0] with { EntityIds = ["place:江苏省/淮安市", "committee:政协淮安市委员会"] };
        using (var index = PassageIndex.Open(folder.Path, TestSegmenters.Cppcc))
        {
            index.ReplaceDocument(report with { Passages = [passage] });
        }

        using var directory = FSDirectory.Open(folder.Path);
        using var reader = DirectoryReader.Open(directory);
        var stored = reader.Document(0);
        Assert.Equal(["place:江苏省/淮安市"], stored.GetValues(PassageFields.EntityIds));
        Assert.Equal(["committee:政协淮安市委员会", "place:江苏省/淮安市"], PassageEntity.IdsOf(stored));
        Assert.Equal(1, reader.DocFreq(new Term(PassageFields.EntityIds, "place:江苏省/淮安市")));
    }

    [Fact]
    public void Ids_of_a_passage_written_before_the_packs_alone_carried_them_are_read_once_in_their_order()
    {
        // An older index stored every id alone as well as in its pack.
        var stored = new Lucene.Net.Documents.Document
        {
            new Lucene.Net.Documents.StoredField(PassageFields.EntityIds, "place:江苏省/淮安市"),
            new Lucene.Net.Documents.StoredField(PassageFields.EntityIds, "committee:政协淮安市委员会"),
            new Lucene.Net.Documents.StoredField(PassageFields.Entities, "committee:政协淮安市委员会\u001fCommittee\u001f政协淮安市委员会"),
        };

        Assert.Equal(["place:江苏省/淮安市", "committee:政协淮安市委员会"], PassageEntity.IdsOf(stored));
    }

    [Fact]
    public void Documents_staged_from_several_threads_are_all_there_once_and_compacting_keeps_them_in_one_segment()
    {
        using var folder = new TempFolder();
        using var index = PassageIndex.Open(folder.Path, TestSegmenters.Cppcc);
        var reports = Enumerable.Range(0, 24).Select(i => Report($"doc:{i:00}", $"第{i}次专题协商会议召开。", "委员走访民营企业。")).ToList();

        Parallel.ForEach(reports, new ParallelOptions { MaxDegreeOfParallelism = 4 }, index.Stage);
        Parallel.ForEach(reports.Take(6), new ParallelOptions { MaxDegreeOfParallelism = 3 }, report => index.Stage(Report(report.Document.Id, "换成一句新的话。")));
        index.Commit();

        Assert.Equal(18 * 2 + 6, index.Count());
        Assert.Equal(reports.Select(r => r.Document.Id).ToHashSet(), index.DocumentIds());

        index.Compact();

        Assert.Equal(18 * 2 + 6, index.Count());
        Assert.Equal(1, index.Search(searcher => searcher.IndexReader.Leaves.Count));
        Assert.Equal(["换成一句新的话。"], Search(folder.Path, PassageFields.Bigrams, "新的").Distinct());
        Assert.Equal(6, index.Search(searcher => searcher.Search(new TermQuery(new Term(PassageFields.Bigrams, "新的")), 100).TotalHits));
    }
}
