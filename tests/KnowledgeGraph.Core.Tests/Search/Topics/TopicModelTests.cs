using KnowledgeGraph.Core.Search.Topics;
using KnowledgeGraph.Core.Tests.Segmentation;
using Xunit.Abstractions;

namespace KnowledgeGraph.Core.Tests.Search.Topics;

public class TopicModelTests(ITestOutputHelper output)
{
    private static readonly Lazy<TopicWords> Words = new(() => TopicWords.Load(TestSegmenters.Cppcc));

    private static readonly Lazy<TopicModel> SeedModel = new(() => Train());

    private static TopicModel Train(TopicModelOptions? options = null) =>
        TopicModel.Train(SeedPassages.Passages.Select(p => Words.Value.Of(p.Text)).ToList(), options);

    private static float[] VectorOf(TopicModel model, string shortId) => model.Infer(Words.Value.Of(SeedPassages.Get(shortId).Text));

    [Fact]
    public void The_words_of_a_passage_leave_out_stop_words_figures_and_single_characters()
    {
        var words = Words.Value.Of(SeedPassages.Get("000:s6:p1:t3").Text);

        // 开展“助力民营经济健康发展、高质量发展”深度走访调研活动，市县两级政协共走访民营企业603家 …
        Assert.Contains("民营企业", words);
        Assert.Contains("走访", words);
        Assert.DoesNotContain("603", words);
        Assert.DoesNotContain(words, w => w.Length < 2 || w.Any(char.IsDigit));
        Assert.DoesNotContain("的", words);
    }

    [Fact]
    public void Every_topic_has_its_top_words_and_every_known_passage_a_distribution_over_topics()
    {
        var model = SeedModel.Value;
        foreach (var topic in model.Topics)
        {
            output.WriteLine($"{topic.Id}: {string.Join(' ', topic.Words.Select(w => w.Word))}");
        }

        Assert.Equal(new TopicModelOptions().Topics, model.TopicCount);
        Assert.All(model.Topics, t => Assert.NotEmpty(t.Words));
        var vector = VectorOf(model, "000:s6:p1:t3");
        Assert.Equal(1.0, vector.Sum(), 3);
        Assert.All(vector, v => Assert.InRange(v, 0f, 1f));
    }

    [Fact]
    public void A_text_without_a_known_word_has_no_topics()
    {
        var vector = SeedModel.Value.Infer(Words.Value.Of("量子计算机芯片"));

        Assert.All(vector, v => Assert.Equal(0f, v));
    }

    [Fact]
    public void The_same_passages_and_seed_give_the_same_model()
    {
        var again = Train();

        Assert.Equal(
            SeedModel.Value.Topics.SelectMany(t => t.Words.Select(w => w.Word)),
            again.Topics.SelectMany(t => t.Words.Select(w => w.Word)));
        Assert.Equal(VectorOf(SeedModel.Value, "002:s10:p1:t2"), VectorOf(again, "002:s10:p1:t2"));
    }

    [Fact]
    public void A_saved_model_reads_back_with_the_same_topics_and_vectors()
    {
        using var folder = new TempFolder();
        SeedModel.Value.Save(folder.Path);

        var loaded = TopicModel.Load(folder.Path);

        Assert.Equal(SeedModel.Value.Topics, loaded.Topics, (a, b) => a.Id == b.Id && a.Words.SequenceEqual(b.Words));
        Assert.Equal(VectorOf(SeedModel.Value, "004:s4:p3:t2"), VectorOf(loaded, "004:s4:p3:t2"));
    }
}
