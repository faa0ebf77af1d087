using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Search;
using KnowledgeGraph.Core.Tests.Segmentation;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace KnowledgeGraph.Core.Tests.Search;

public class FormPostingsTests
{
    // Sentences of the genre, written for this test; some hold a word the segmenter cuts
    // otherwise, some a run of one repeated character, in three documents (three segments).
    private static readonly string[][] Documents =
    [
        ["委员为民服务超市开张，委员常常常常到超市听取意见。", "市政协组织委员走访民营企业，民营企业家谈了发展。", "会议听取了为民服务的情况汇报。"],
        ["民营经济是推动发展的重要力量，民营经济人士积极建言。", "常常深入基层，常常听取群众意见。", "政协委员提交提案，提案办理情况良好。"],
        ["为民服务超市收集社情民意，超市常常常常开放。", "委员们走访调研民营经济发展情况。", "民营企业和民营经济，民营民营。"],
    ];

    private static DocumentGraph Report(int number, string[] sentences)
    {
        var id = $"doc:{number}";
        var passages = sentences.Select((text, i) => new Passage($"{id}:s1:p1:t{i + 1}", id, $"{id}:s1", text, i * 100, (i * 100) + text.Length) { City = "淮安市", Year = 2024 }).ToList();
        return new DocumentGraph(new Node(id, "Document", $"报告{number}"), [], [], passages);
    }

    [Theory]
    [InlineData("民营经济")]
    [InlineData("为民服务")]
    [InlineData("常常常")]
    [InlineData("常常常常")]
    [InlineData("委员")]
    [InlineData("提案办理")]
    public void Every_form_of_a_word_finds_and_scores_the_passages_as_Lucene_does(string word)
    {
        using var folder = new TempFolder();
        using var index = PassageIndex.Open(folder.Path, TestSegmenters.Cppcc);
        foreach (var (sentences, i) in Documents.Select((d, i) => (d, i)))
        {
            index.ReplaceDocument(Report(i, sentences));
        }

        var analyzer = PassageIndex.CreateAnalyzer(TestSegmenters.Cppcc);
        var forms = PassageSearcher.WordForms(analyzer, word);
        Assert.NotEmpty(forms);
        index.Search(searcher =>
        {
            Assert.True(searcher.IndexReader.Leaves.Count > 1);
            var postings = new FormPostings(searcher);
            foreach (var form in forms)
            {
                Assert.Equal(Lucene(searcher, form), Ours(searcher, postings.Prepare(form, scored: true), scored: true));
                Assert.Equal(Lucene(searcher, form).Select(d => (d.Doc, 0f)), Ours(searcher, postings.Prepare(form, scored: false), scored: false));
            }

            // A word or its bigrams, as an associate the segmenter never made is searched: the
            // passages holding either, once each.
            var either = PassageSearcher.WordQuery(analyzer, word)!;
            Assert.Equal(Lucene(searcher, either).Select(d => (d.Doc, 0f)), Ours(searcher, postings.Prepare(either, scored: false), scored: false));
            return 0;
        });
    }

    [Fact]
    public void A_phrase_counts_every_place_its_terms_stand_in_order()
    {
        using var folder = new TempFolder();
        using var index = PassageIndex.Open(folder.Path, TestSegmenters.Cppcc);
        index.ReplaceDocument(Report(0, ["常常常常。", "常常。"]));
        var phrase = PassageSearcher.WordForms(PassageIndex.CreateAnalyzer(TestSegmenters.Cppcc), "常常常").OfType<PhraseQuery>().Single();

        index.Search(searcher =>
        {
            // 常常常常 holds 常常常 twice (from its first and its second character); 常常 not at all.
            var found = Ours(searcher, new FormPostings(searcher).Prepare(phrase, scored: true), scored: true);
            Assert.Single(found);
            Assert.Equal(Lucene(searcher, phrase), found);
            return 0;
        });
    }

    [Theory]
    [InlineData("民营经济")]
    [InlineData("常常常")]
    [InlineData("委员")]
    [InlineData("提案办理")]
    public void Kept_postings_find_score_and_skip_as_the_postings_they_were_read_from(string word)
    {
        using var folder = new TempFolder();
        using var index = PassageIndex.Open(folder.Path, TestSegmenters.Cppcc);
        foreach (var (sentences, i) in Documents.Select((d, i) => (d, i)))
        {
            index.ReplaceDocument(Report(i, sentences));
        }

        // Every form counts as common here, so every list is kept after its first reading.
        var common = new CommonPostings { OneIn = int.MaxValue / 4, AtLeast = 1 };
        var forms = PassageSearcher.WordForms(PassageIndex.CreateAnalyzer(TestSegmenters.Cppcc), word);
        index.Search(searcher =>
        {
            foreach (var form in forms)
            {
                var expected = Lucene(searcher, form);
                Assert.NotEmpty(expected);
                for (var round = 0; round < 2; round++)
                {
                    var kept = new FormPostings(searcher, common).Prepare(form, scored: true);
                    Assert.Equal(expected, Ours(searcher, kept, scored: true));
                    Assert.All(searcher.IndexReader.Leaves, leaf => Assert.True(leaf.AtomicReader.MaxDoc == 0 || kept.Open(leaf, leaf.AtomicReader.LiveDocs) is null or CommonPostings.Cursor));

                    // Advancing to each document in turn, and past the last, lands where Lucene's does.
                    foreach (var leaf in searcher.IndexReader.Leaves)
                    {
                        var theirs = searcher.CreateNormalizedWeight(form).GetScorer(leaf, leaf.AtomicReader.LiveDocs);
                        var ours = kept.Open(leaf, leaf.AtomicReader.LiveDocs);
                        Assert.Equal(theirs is null, ours is null);
                        for (var target = 0; theirs is not null && ours is not null && target <= leaf.AtomicReader.MaxDoc; target += 2)
                        {
                            var at = theirs.DocID >= target ? theirs.DocID : theirs.Advance(target);
                            Assert.Equal(at, ours.Advance(target));
                            if (at == DocIdSetIterator.NO_MORE_DOCS)
                            {
                                break;
                            }

                            Assert.Equal(theirs.GetScore(), ours.Score());
                        }
                    }
                }
            }

            return 0;
        });
    }

    // Lucene's own: every document of every segment its scorer finds, with its score.
    private static List<(int Doc, float Score)> Lucene(IndexSearcher searcher, Query query)
    {
        var weight = searcher.CreateNormalizedWeight(query);
        var found = new List<(int, float)>();
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            if (weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs) is not { } scorer)
            {
                continue;
            }

            for (var doc = scorer.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = scorer.NextDoc())
            {
                found.Add((leaf.DocBase + doc, scorer.GetScore()));
            }
        }

        return found;
    }

    private static List<(int Doc, float Score)> Ours(IndexSearcher searcher, PreparedForm form, bool scored)
    {
        var found = new List<(int, float)>();
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            if (form.Open(leaf, leaf.AtomicReader.LiveDocs) is not { } cursor)
            {
                continue;
            }

            for (var doc = cursor.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = cursor.NextDoc())
            {
                found.Add((leaf.DocBase + doc, scored ? cursor.Score() : 0f));
            }
        }

        return found;
    }
}
