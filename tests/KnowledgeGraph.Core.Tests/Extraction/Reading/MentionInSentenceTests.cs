using KnowledgeGraph.Core.Extraction.Reading;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Tests.Segmentation;
using KnowledgeGraph.Core.Tests.Text;

namespace KnowledgeGraph.Core.Tests.Extraction.Reading;

/// <summary>
/// Evidence keeps the mention's place in the repaired sentence it shows, so a reader sees the
/// entity's own words marked even when repairs (a joined line break, an undone doubled glyph)
/// earlier in the sentence make the original offsets drift from the sentence's.
/// </summary>
public class MentionInSentenceTests
{
    public static TheoryData<string> Seeds => SeedDocuments.Prefixes;

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Every_evidence_item_of_a_seed_marks_in_its_sentence_the_words_it_quotes_from_the_original(string seed)
    {
        var original = SeedDocuments.Read(seed);
        var reading = TestExtraction.ReadSeed(seed);
        var evidence = reading.Graph.Nodes.SelectMany(n => n.Evidence)
            .Concat(reading.Graph.Relations.SelectMany(r => r.Evidence))
            .ToList();

        Assert.NotEmpty(evidence);
        Assert.All(evidence, e =>
        {
            Assert.NotNull(e.MentionStart);
            Assert.NotNull(e.MentionEnd);
            var marked = e.Text[e.MentionStart.Value..e.MentionEnd.Value];
            Assert.Equal(reading.MentionTexts[e], marked);
            Assert.Equal(DocumentText.Comparable(original[e.Start..e.End]), DocumentText.Comparable(marked));
        });
    }

    [Fact]
    public void The_Yancheng_visit_figure_is_marked_where_it_stands_though_a_line_break_before_it_was_joined()
    {
        // In the seed, 带 and 队 of this sentence are on two lines with a blank line between.
        var original = SeedDocuments.Read("002");
        var graph = TestExtraction.ReadSeed("002").Graph;

        var visit = Assert.Single(graph.Nodes, n => n.Label == "Activity" && n.Properties.GetValueOrDefault("value") is 534.0);
        var evidence = Assert.Single(visit.Evidence, e => e.Text.Contains("共走访534家民营企业", StringComparison.Ordinal));
        var sentenceStart = original.LastIndexOf("市政协列出", evidence.Start, StringComparison.Ordinal);
        Assert.Contains("带\n\n队", original[sentenceStart..evidence.Start], StringComparison.Ordinal);

        var marked = evidence.Text[evidence.MentionStart!.Value..evidence.MentionEnd!.Value];
        Assert.Equal(original[evidence.Start..evidence.End], marked);
        Assert.Contains("534家民营企业", marked, StringComparison.Ordinal);
        Assert.Equal(evidence.Text.IndexOf(marked, StringComparison.Ordinal), evidence.MentionStart);
    }

    [Fact]
    public void The_Huaian_committee_is_never_marked_by_a_character_that_is_not_its_own()
    {
        var original = SeedDocuments.Read("000");
        var committee = TestExtraction.ReadSeed("000").Graph.Single("committee:政协淮安市委员会");

        Assert.All(committee.Evidence, e =>
        {
            var marked = e.Text[e.MentionStart!.Value..e.MentionEnd!.Value];
            Assert.Equal(DocumentText.Comparable(original[e.Start..e.End]), DocumentText.Comparable(marked));
            Assert.NotEqual("两", marked);
            Assert.NotEqual("市", marked);
        });
        // 市县两级政协: the whole phrase names the city's committee (and the counties').
        var levels = Assert.Single(committee.Evidence, e => e.Text.Contains("市县两级政协共走访民营企业603家", StringComparison.Ordinal));
        Assert.Equal(levels.Text.IndexOf("市县两级政协", StringComparison.Ordinal), levels.MentionStart);
    }

    [Fact]
    public void In_a_written_report_mentions_after_joined_breaks_and_an_undone_doubled_year_keep_their_place()
    {
        // A hard-wrapped line and a page break inside one sentence, and a doubled year before the
        // committee's name: each repair shortens the sentence before the mentions.
        const string text = "政协宿迁市委员会工作报告\n\n2024年，市政协围绕乡村振兴开\n展专题调研，\n\n\n组织委员深入20232023年年以来新建的园区，共走访86家农业企业，由政协宿迁市委员会主席会议成员带队。\n";
        var reading = TestExtraction.Read(text);

        var committee = reading.Graph.Single("committee:政协宿迁市委员会");
        var inBody = Assert.Single(committee.Evidence, e => e.Text.Contains("共走访86家农业企业", StringComparison.Ordinal));
        Assert.DoesNotContain("\n", inBody.Text, StringComparison.Ordinal);
        var marked = inBody.Text[inBody.MentionStart!.Value..inBody.MentionEnd!.Value];
        Assert.Equal(text[inBody.Start..inBody.End], marked);
        Assert.True(inBody.MentionStart < inBody.Start - text.IndexOf("2024年，", StringComparison.Ordinal));

        Assert.All(reading.Graph.Nodes.SelectMany(n => n.Evidence).Concat(reading.Graph.Relations.SelectMany(r => r.Evidence)), e =>
            Assert.Equal(reading.MentionTexts[e], e.Text[e.MentionStart!.Value..e.MentionEnd!.Value]));
    }

    [Fact]
    public void A_mention_in_the_second_piece_of_a_very_long_sentence_is_placed_in_the_whole_sentence()
    {
        var sentence = string.Concat(Enumerable.Repeat("委员们开展调研活动，", 60)) + "政协镇江市委员会组织视察。";
        var text = DocumentText.Read("doc", sentence, TestSegmenters.Cppcc, CancellationToken.None);
        var piece = text.Units.Last();
        var start = piece.Text.IndexOf("政协镇江市委员会", StringComparison.Ordinal);

        Assert.True(text.Units.Count > 1);
        var evidence = text.Locate(piece, start, start + "政协镇江市委员会".Length);

        Assert.NotNull(evidence);
        Assert.Equal(sentence.IndexOf("政协镇江市委员会", StringComparison.Ordinal), evidence.MentionStart);
        Assert.Equal("政协镇江市委员会", evidence.Text[evidence.MentionStart!.Value..evidence.MentionEnd!.Value]);
    }
}
