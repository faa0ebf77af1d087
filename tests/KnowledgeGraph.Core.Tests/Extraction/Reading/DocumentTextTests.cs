using KnowledgeGraph.Core.Extraction.Reading;
using KnowledgeGraph.Core.Tests.Segmentation;
using KnowledgeGraph.Core.Tests.Text;

namespace KnowledgeGraph.Core.Tests.Extraction.Reading;

public class DocumentTextTests
{
    private static DocumentText Read(string text) => DocumentText.Read("doc", text, TestSegmenters.Cppcc, CancellationToken.None);

    [Fact]
    public void Headings_are_units_of_their_own_with_their_section_id()
    {
        var text = Read(SeedDocuments.Read("004"));

        var heading = Assert.Single(text.Units, u => u.IsHeading && u.Text == "2024年工作回顾");
        Assert.Equal(heading.SectionId + ":h", heading.Id);
    }

    [Fact]
    public void A_mention_is_located_in_the_original_text_across_a_line_break()
    {
        // The seed is hard-wrapped: this sentence runs over a line break in the original.
        var original = SeedDocuments.Read("000");
        var text = Read(original);
        var unit = Assert.Single(text.Units, u => u.Text.StartsWith("2024年1月15日", StringComparison.Ordinal));
        var start = unit.Text.LastIndexOf("政协淮安市第九届委员会", StringComparison.Ordinal);

        var evidence = text.Locate(unit, start, start + "政协淮安市第九届委员会".Length);

        Assert.NotNull(evidence);
        Assert.Contains('\n', original[evidence.Start..evidence.End]);
        Assert.Equal("政协淮安市第九届委员会", original[evidence.Start..evidence.End].Replace("\n", "", StringComparison.Ordinal));
        Assert.Equal(unit.Id, evidence.PassageId);
    }

    [Fact]
    public void A_mention_the_normalizer_rewrote_has_no_evidence()
    {
        var text = Read("20232023年年\n\n正文。");
        var heading = Assert.Single(text.Units, u => u.IsHeading);

        Assert.Equal("2023年", heading.Text);
        Assert.Null(text.Locate(heading, 0, heading.Text.Length));
    }

    [Fact]
    public void A_very_long_sentence_is_read_in_pieces_that_share_its_id()
    {
        var sentence = string.Concat(Enumerable.Repeat("市政协开展调研活动，", 100)) + "。";
        var text = Read(sentence);

        Assert.True(text.Units.Count > 1);
        Assert.All(text.Units, u => Assert.True(u.Text.Length <= DocumentText.MaxUnitLength));
        Assert.Single(text.Units.Select(u => u.Id).Distinct());
        Assert.Equal(sentence, string.Concat(text.Units.Select(u => u.Text)));
    }

    [Fact]
    public void Comparing_ignores_whitespace_and_width_and_survives_a_split_surrogate_pair()
    {
        Assert.Equal("政协", DocumentText.Comparable("政 协\n"));
        Assert.Equal(",()", DocumentText.Comparable("，（）"));
        Assert.Equal("\uFFFD", DocumentText.Comparable(new string('\uD840', 1)));
        Assert.Equal("\uD840\uDC00", DocumentText.Comparable("\uD840\uDC00"));
    }

    [Fact]
    public void A_radical_in_the_source_compares_as_the_ideograph_it_stands_for()
    {
        var original = "委员们围绕\u2EA0营经济建言献策。";
        var text = Read(original);
        var unit = Assert.Single(text.Units);
        var start = unit.Text.IndexOf("民营经济", StringComparison.Ordinal);

        var evidence = text.Locate(unit, start, start + 4);

        Assert.NotNull(evidence);
        Assert.Equal("\u2EA0营经济", original[evidence.Start..evidence.End]);
        Assert.Equal("民营经济", DocumentText.Comparable("\u2EA0营经济"));
    }
}
