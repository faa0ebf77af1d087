using KnowledgeGraph.Core.Analysis;
using Lucene.Net.Analysis.Cn.Smart.Hhmm;

namespace KnowledgeGraph.Core.Tests.Analysis;

/// <summary>
/// <see cref="SmartCnLattice"/>'s memories of forms and pairs change no segmentation: a lattice
/// that forgets almost at once cuts the seeds' sentences as one that remembers, and the shared
/// forms it hands out are never changed by the filter after it.
/// </summary>
public class SmartCnLatticeTests
{
    [Fact]
    public void A_lattice_that_forgets_at_once_cuts_every_seed_sentence_as_one_that_remembers()
    {
        var remembering = new SmartCnLattice();
        var forgetting = new SmartCnLattice(words: 3, pairs: 2);
        var sentences = 0;
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), "*.txt"))
        {
            foreach (var line in File.ReadAllText(file).Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                var sentence = line.Length > 300 ? line[..300] : line;
                Assert.Equal(Words(remembering, sentence), Words(forgetting, sentence));
                sentences++;
            }
        }

        Assert.True(sentences > 100, $"only {sentences} lines compared");
    }

    [Fact]
    public void A_sentence_cut_again_after_others_gives_the_same_words()
    {
        var lattice = new SmartCnLattice(words: 8, pairs: 4);
        const string sentence = "政协委员围绕乡村振兴开展专题调研，提出３条建议。";
        var first = Words(lattice, sentence);
        Words(lattice, "全角ＡＢＣ字母与abc和123数字，在会议上讨论。");
        Words(lattice, "委员们走访了企业，收集意见。");

        Assert.Equal(first, Words(lattice, sentence));
        Assert.Contains("乡村", first.Select(w => w.Term));
    }

    [Fact]
    public void Filtering_the_words_leaves_the_remembered_forms_as_they_were()
    {
        var lattice = new SmartCnLattice();
        var filter = new SegTokenFilter();
        const string sentence = "ＡＢＣ委员，ABC委员。";
        var before = Words(lattice, sentence);
        var tokens = new List<SegToken>();
        lattice.Segment(sentence, 0, tokens);
        foreach (var token in tokens)
        {
            filter.Filter(token);
        }

        Assert.Equal(before, Words(lattice, sentence));
    }

    private static List<(string Term, int Start, int End, int Type, int Weight)> Words(SmartCnLattice lattice, string sentence)
    {
        var words = new List<SegToken>();
        lattice.Segment(sentence, 5, words);
        return words.Select(w => (new string(w.CharArray), w.StartOffset, w.EndOffset, (int)w.WordType, w.Weight)).ToList();
    }
}
