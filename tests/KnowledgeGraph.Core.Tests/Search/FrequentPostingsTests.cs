using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Search;
using KnowledgeGraph.Core.Tests.Segmentation;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace KnowledgeGraph.Core.Tests.Search;

/// <summary>The frequent forms' lists of <see cref="CommonPostings"/>: kept when read whole, used wherever they are looked up after.</summary>
[Collection(nameof(SearchWorkCollection))]
public class FrequentPostingsTests
{
    // Sentences of the genre, written for this test, in two documents (two segments).
    private static readonly string[][] Documents =
    [
        ["委员积极建言资政，凝聚共识。", "委员建言资政要聚焦重点。", "政协委员走访企业。", "委员凝聚共识，建言献策。"],
        ["围绕中心建言资政。", "委员们凝聚共识。", "召开专题协商会。", "建言资政，凝聚共识，履职尽责。", "走访调研。"],
    ];

    [Theory]
    [InlineData("建言资政", true)]
    [InlineData("建言资政", false)]
    [InlineData("凝聚共识", false)]
    public void A_frequent_list_read_whole_is_kept_and_then_used_wherever_it_is_looked_up(string word, bool scored)
    {
        using var folder = new TempFolder();
        using var index = Index(folder);

        // No form is common here (none is held by every passage of a segment), every one frequent.
        var common = new CommonPostings { OneIn = 1, AtLeast = int.MaxValue, FrequentAtLeast = 1 };
        var phrase = PassageSearcher.WordForms(PassageIndex.CreateAnalyzer(TestSegmenters.Cppcc), word).OfType<PhraseQuery>().Single();
        index.Search(searcher =>
        {
            Assert.True(searcher.IndexReader.Leaves.Count > 1);
            var weight = searcher.CreateNormalizedWeight(phrase);
            foreach (var leaf in searcher.IndexReader.Leaves)
            {
                var live = leaf.AtomicReader.LiveDocs;
                var some = new FixedBitSet(leaf.AtomicReader.MaxDoc);
                some.Set(0, leaf.AtomicReader.MaxDoc);

                // Looked up at some passages, or opened to be advanced: read where it lies, not kept.
                var form = new FormPostings(searcher, common).Prepare(phrase, scored);
                Assert.IsNotType<CommonPostings.Cursor>(form.Open(leaf, live, some));
                Assert.IsNotType<CommonPostings.Cursor>(form.Open(leaf, live));

                // Read whole: kept, and the same passages and scores as Lucene's.
                var whole = Assert.IsType<CommonPostings.Cursor>(form.Open(leaf, live, whole: true));
                var theirs = weight.GetScorer(leaf, live)!;
                for (var doc = whole.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = whole.NextDoc())
                {
                    Assert.Equal(theirs.NextDoc(), doc);
                    if (scored)
                    {
                        Assert.Equal(theirs.GetScore(), whole.Score());
                    }
                }

                Assert.Equal(DocIdSetIterator.NO_MORE_DOCS, theirs.NextDoc());
                Assert.NotEmpty(whole.Kept.Docs);

                // A later search finds the kept list wherever it looks, not the one read unscored (or scored).
                var later = new FormPostings(searcher, common).Prepare(phrase, scored);
                Assert.Same(whole.Kept, Assert.IsType<CommonPostings.Cursor>(later.Open(leaf, live, some)).Kept);
                Assert.Same(whole.Kept, Assert.IsType<CommonPostings.Cursor>(later.Open(leaf, live)).Kept);
                Assert.IsNotType<CommonPostings.Cursor>(new FormPostings(searcher, common).Prepare(phrase, !scored).Open(leaf, live, some));
            }

            return 0;
        });
    }

    [Fact]
    public void Frequent_lists_past_their_budget_are_read_again_and_never_push_out_the_common_ones()
    {
        using var folder = new TempFolder();
        using var index = Index(folder);

        // The bigram 委员 is common in the first segment (every passage holds it), the phrases
        // frequent; the frequent lists' budget holds none of them.
        var common = new CommonPostings { OneIn = 1, AtLeast = 1, FrequentAtLeast = 1, FrequentBudget = 1 };
        var analyzer = PassageIndex.CreateAnalyzer(TestSegmenters.Cppcc);
        var often = new TermQuery(new Lucene.Net.Index.Term(PassageFields.Bigrams, "委员"));
        var rare = new[] { "建言资政", "凝聚共识" }.Select(w => PassageSearcher.WordForms(analyzer, w).OfType<PhraseQuery>().Single()).ToList();
        index.Search(searcher =>
        {
            var leaf = searcher.IndexReader.Leaves[0];
            var live = leaf.AtomicReader.LiveDocs;
            Assert.True(common.IsCommon(leaf.AtomicReader.DocFreq(often.Term), leaf.AtomicReader.MaxDoc));
            var kept = Assert.IsType<CommonPostings.Cursor>(new FormPostings(searcher, common).Prepare(often, scored: false).Open(leaf, live)).Kept;
            foreach (var phrase in rare)
            {
                Assert.False(common.IsCommon(leaf.AtomicReader.DocFreq(phrase.GetTerms()[0]), leaf.AtomicReader.MaxDoc));
                Assert.IsType<CommonPostings.Cursor>(new FormPostings(searcher, common).Prepare(phrase, scored: false).Open(leaf, live, whole: true));
            }

            // The first frequent list was let go when the second came; the common one stays.
            Assert.IsNotType<CommonPostings.Cursor>(new FormPostings(searcher, common).Prepare(rare[0], scored: false).Open(leaf, live));
            Assert.Same(kept, Assert.IsType<CommonPostings.Cursor>(new FormPostings(searcher, common).Prepare(often, scored: false).Open(leaf, live)).Kept);
            Assert.Equal(kept.Bytes, common.KeptBytes(searcher.IndexReader).Common);
            Assert.True(common.KeptBytes(searcher.IndexReader).Frequent > 0);
            return 0;
        });
    }

    [Fact]
    public void Searches_walk_their_strong_forms_kept_and_find_what_they_find_without()
    {
        using var folder = new TempFolder();
        using var index = Index(folder);
        var common = new CommonPostings { OneIn = 1, AtLeast = int.MaxValue, FrequentAtLeast = 1 };
        var analyzer = PassageIndex.CreateAnalyzer(TestSegmenters.Cppcc);

        // The concept's own word and a strong associate (read whole by the bound), and a weak one.
        var own = PassageSearcher.WordForms(analyzer, "建言资政").OfType<PhraseQuery>().Single();
        var associate = PassageSearcher.WordQuery(analyzer, "凝聚共识")!;
        var weak = PassageSearcher.WordForms(analyzer, "走访").First();
        List<PlannedConcept> concepts = [new(1.0, 2.0, [new(own, 1.0, FormKind.Own), new(associate, 0.6, FormKind.Expansion), new(weak, 0.1, FormKind.Expansion)])];
        var weights = new RankingWeights(Own: 1, Expansion: 0.2, Entity: 1.2, Coverage: 1, Bigram: 0, SmartCn: 0, SubWord: 0);
        var request = new SearchRequest("建言资政", 100);
        index.Search(searcher =>
        {
            var expected = MatchAccumulator.Run(searcher, concepts, weights, new([], [], []), CoverageBoundTests.Usual, request, 100, common: null);
            var before = SearchWork.Snapshot();
            var first = MatchAccumulator.Run(searcher, concepts, weights, new([], [], []), CoverageBoundTests.Usual, request, 100, common);
            var middle = SearchWork.Snapshot();
            var second = MatchAccumulator.Run(searcher, concepts, weights, new([], [], []), CoverageBoundTests.Usual, request, 100, common);
            var (read, again) = (middle.Since(before), SearchWork.Snapshot().Since(middle));

            Assert.True(expected.Total > 0);
            foreach (var result in new[] { first, second })
            {
                Assert.Equal(expected.Total, result.Total);
                Assert.Equal(expected.Top.Select(d => (d.Doc, d.Score)), result.Top.Select(d => (d.Doc, d.Score)));
            }

            // Both walked the strong forms as kept arrays (the first read them whole into them),
            // and the weak one from the index, at the candidates: the same work.
            Assert.True(read.KeptPostings > 0);
            Assert.True(read.IndexPostings > 0);
            Assert.Equal(read, again);
            return 0;
        });
    }

    private static PassageIndex Index(TempFolder folder)
    {
        var index = PassageIndex.Open(folder.Path, TestSegmenters.Cppcc);
        foreach (var (sentences, i) in Documents.Select((d, i) => (d, i)))
        {
            var id = $"doc:{i}";
            var passages = sentences.Select((text, k) => new Passage($"{id}:s1:p1:t{k + 1}", id, $"{id}:s1", text, k * 100, (k * 100) + text.Length) { City = "淮安市", Year = 2024 }).ToList();
            index.ReplaceDocument(new DocumentGraph(new Node(id, "Document", $"报告{i}"), [], [], passages));
        }

        return index;
    }
}
