using KnowledgeGraph.Core.Search;
using KnowledgeGraph.Core.Search.Topics;
using KnowledgeGraph.Core.Tests.Segmentation;

namespace KnowledgeGraph.Core.Tests.Search.Topics;

public class TopicIndexTests
{
    private static readonly Lazy<TopicWords> Words = new(() => TopicWords.Load(TestSegmenters.Cppcc));

    // Fewer iterations than the default: these tests are about upkeep, not about the topics.
    private static readonly TopicModelOptions Quick = new() { Iterations = 60 };

    private static IReadOnlyList<IndexedPassage> Seeds(Func<IndexedPassage, bool>? where = null) =>
        SeedPassages.Passages.Where(where ?? (_ => true)).ToList();

    [Fact]
    public void The_first_refresh_trains_and_an_unchanged_corpus_is_left_as_it_is()
    {
        using var folder = new TempFolder();

        var (first, trained) = TopicIndex.Refresh(folder.Path, Seeds(), Words.Value, Quick);
        var (second, unchanged) = TopicIndex.Refresh(folder.Path, Seeds(), Words.Value, Quick);

        Assert.Equal(TopicRefreshKind.Retrained, trained.Kind);
        Assert.Equal(SeedPassages.Passages.Count, first.Count);
        Assert.Equal(SeedPassages.Passages.Count, first.TrainedOn);
        Assert.Equal(TopicRefreshKind.Unchanged, unchanged.Kind);
        Assert.Equal(first.VectorOf("002_c73c5ad59526bd4d:s10:p1:t2"), second.VectorOf("002_c73c5ad59526bd4d:s10:p1:t2"));
    }

    [Fact]
    public void A_loaded_index_gives_the_same_vectors_as_the_one_that_was_made()
    {
        using var folder = new TempFolder();

        var (made, _) = TopicIndex.Refresh(folder.Path, Seeds(), Words.Value, Quick);
        var loaded = TopicIndex.Load(folder.Path);

        Assert.Equal(made.Count, loaded.Count);
        Assert.All(made.PassageIds, id => Assert.Equal(made.VectorOf(id), loaded.VectorOf(id)));
        Assert.Contains(made.PassageIds, id => made.VectorOf(id)!.Any(x => x > 0));
    }

    [Fact]
    public void A_folder_written_with_the_text_vectors_file_is_read_and_moves_to_the_compact_file_at_the_next_save()
    {
        using var folder = new TempFolder();
        var withoutOne = Seeds(p => !p.Id.StartsWith("003_", StringComparison.Ordinal) || !p.Id.Contains(":s12:", StringComparison.Ordinal));
        var (made, _) = TopicIndex.Refresh(folder.Path, withoutOne, Words.Value, Quick);
        var compact = Path.Combine(folder.Path, "passages.bin");
        var text = Path.Combine(folder.Path, "passages.tsv");

        // The text form an earlier version wrote: a header, then each passage's shares to four decimals.
        File.WriteAllLines(text, [$"# trained on {made.TrainedOn} passages", .. made.PassageIds.Select(id => id + "\t" + string.Join(',', made.VectorOf(id)!.Select(x => x.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture))))]);
        File.Delete(compact);
        var old = TopicIndex.Load(folder.Path);

        Assert.Equal(made.Count, old.Count);
        Assert.Equal(made.TrainedOn, old.TrainedOn);
        Assert.All(made.PassageIds, id => Assert.Equal(made.VectorOf(id), old.VectorOf(id)));

        var (updated, refresh) = TopicIndex.Refresh(folder.Path, Seeds(), Words.Value, Quick);

        Assert.Equal(TopicRefreshKind.Updated, refresh.Kind);
        Assert.True(File.Exists(compact));
        Assert.False(File.Exists(text));
        Assert.All(made.PassageIds, id => Assert.Equal(made.VectorOf(id), updated.VectorOf(id)));
        Assert.Equal(SeedPassages.Passages.Count, TopicIndex.Load(folder.Path).Count);
    }

    [Fact]
    public void A_few_new_passages_get_vectors_from_the_model_as_it_is_and_removed_ones_are_forgotten()
    {
        using var folder = new TempFolder();
        var withoutOne = Seeds(p => !p.Id.StartsWith("003_", StringComparison.Ordinal) || !p.Id.Contains(":s12:", StringComparison.Ordinal));
        TopicIndex.Refresh(folder.Path, withoutOne, Words.Value, Quick);
        var modelBefore = File.ReadAllText(Path.Combine(folder.Path, "topics.tsv"));

        var (index, refresh) = TopicIndex.Refresh(folder.Path, Seeds(p => !p.Id.StartsWith("001_", StringComparison.Ordinal) || !p.Id.Contains(":s6:", StringComparison.Ordinal)), Words.Value, Quick);

        Assert.Equal(TopicRefreshKind.Updated, refresh.Kind);
        Assert.True(refresh.Added > 0 && refresh.Removed > 0);
        Assert.Equal(modelBefore, File.ReadAllText(Path.Combine(folder.Path, "topics.tsv")));
        Assert.NotNull(index.VectorOf("003_9b204543b7084597:s12:p3:t2"));
        Assert.Null(index.VectorOf("001_1323724233c8d456:s6:p1:t1"));
        Assert.Equal(index.Count, TopicIndex.Load(folder.Path).Count);
    }

    [Fact]
    public void A_corpus_that_changed_by_a_fifth_or_more_is_trained_anew()
    {
        using var folder = new TempFolder();
        TopicIndex.Refresh(folder.Path, Seeds(p => !p.Id.StartsWith("004_", StringComparison.Ordinal)), Words.Value, Quick);

        var (index, refresh) = TopicIndex.Refresh(folder.Path, Seeds(), Words.Value, Quick);

        Assert.Equal(TopicRefreshKind.Retrained, refresh.Kind);
        Assert.Equal(SeedPassages.Passages.Count, index.TrainedOn);
    }

    [Fact]
    public void The_same_corpus_gives_the_same_files_in_any_folder()
    {
        using var one = new TempFolder();
        using var two = new TempFolder();

        TopicIndex.Refresh(one.Path, Seeds(), Words.Value, Quick);
        TopicIndex.Refresh(two.Path, Seeds(), Words.Value, Quick);

        Assert.Equal(File.ReadAllText(Path.Combine(one.Path, "topics.tsv")), File.ReadAllText(Path.Combine(two.Path, "topics.tsv")));
        Assert.Equal(File.ReadAllBytes(Path.Combine(one.Path, "passages.bin")), File.ReadAllBytes(Path.Combine(two.Path, "passages.bin")));
    }

    [Fact]
    public void The_same_passages_under_other_document_ids_and_in_another_order_give_the_same_topics()
    {
        // A document's id is made from its path: the same files ingested from another folder
        // have other ids, which sort in another order.
        using var one = new TempFolder();
        using var two = new TempFolder();
        static string Renamed(string id) => "moved" + string.Concat(id.Split(':')[0].Reverse()) + id[id.IndexOf(':', StringComparison.Ordinal)..];
        var moved = Seeds().Reverse().Select(p => p with { Id = Renamed(p.Id), DocumentId = Renamed(p.DocumentId + ":") }).ToList();
        var renamedInOldOrder = Seeds().Select(p => Renamed(p.Id)).ToList();
        Assert.NotEqual(renamedInOldOrder, renamedInOldOrder.Order(StringComparer.Ordinal));

        var (first, _) = TopicIndex.Refresh(one.Path, Seeds(), Words.Value, Quick);
        var (second, _) = TopicIndex.Refresh(two.Path, moved, Words.Value, Quick);

        Assert.Equal(File.ReadAllText(Path.Combine(one.Path, "topics.tsv")), File.ReadAllText(Path.Combine(two.Path, "topics.tsv")));
        foreach (var passage in Seeds())
        {
            Assert.Equal(first.VectorOf(passage.Id), second.VectorOf(Renamed(passage.Id)));
        }
    }

    [Fact]
    public void Passages_on_the_same_subject_are_closer_in_topic_space_than_passages_on_others()
    {
        using var folder = new TempFolder();
        var (index, _) = TopicIndex.Refresh(folder.Path, Seeds(), Words.Value);

        // Passages on private business (the visits of 淮安 and 盐城, 姜堰's supervision of the
        // policies for it) against passages on party discipline (廉政警示教育, 党风廉政建设).
        string[] business = ["000_dab71682d7b0d12b:s6:p1:t3", "002_c73c5ad59526bd4d:s10:p1:t1", "002_c73c5ad59526bd4d:s10:p1:t2", "004_2433891f3505c585:s4:p3:t2"];
        string[] discipline = ["000_dab71682d7b0d12b:s5:p3:t2", "003_9b204543b7084597:s12:p3:t2", "004_2433891f3505c585:s7:p3:t3"];
        double Mean(IEnumerable<(string A, string B)> pairs) => pairs.Average(p => TopicIndex.Cosine(index.VectorOf(p.A)!, index.VectorOf(p.B)!));

        var within = Mean(business.SelectMany((a, i) => business.Skip(i + 1).Select(b => (a, b))));
        var across = Mean(business.SelectMany(a => discipline.Select(b => (a, b))));

        Assert.True(within > across, $"within {within:F3}, across {across:F3}");
    }

    [Fact]
    public void An_empty_corpus_has_no_model()
    {
        using var folder = new TempFolder();

        var (index, refresh) = TopicIndex.Refresh(folder.Path, [], Words.Value, Quick);

        Assert.Equal(TopicRefreshKind.Empty, refresh.Kind);
        Assert.Null(index.Model);
        Assert.Same(TopicIndex.Empty, TopicIndex.Load(folder.Path));
    }
}
